import Crypto
import Foundation

/// SHA-256 content hashes, as lowercase hex.
public enum ContentHash {
    public static func sha256(_ data: Data) -> String {
        // Lowercase hex written straight into the string's bytes: keys are made for every document of every run.
        let digest = SHA256.hash(data: data)
        return String(unsafeUninitializedCapacity: 2 * SHA256.byteCount) { buffer in
            var index = 0
            for byte in digest {
                buffer[index] = hexDigits[Int(byte >> 4)]
                buffer[index + 1] = hexDigits[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    public static func sha256(_ text: String) -> String {
        sha256(Data(text.utf8))
    }
}
