import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Owns one iconv conversion descriptor (by default from a source encoding to UTF-8).
/// Strict: an invalid or truncated byte sequence is an error, never a
/// silently dropped or replaced character.
final class IconvConverter {
    let sourceEncoding: String
    private let descriptor: iconv_t

    init(from sourceEncoding: String, to targetEncoding: String = "UTF-8") throws {
        let descriptor = iconv_open(targetEncoding, sourceEncoding)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else {
            throw IngestError.unsupportedEncoding(sourceEncoding)
        }
        self.sourceEncoding = sourceEncoding
        self.descriptor = descriptor
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Converts all of `data` to UTF-8 text; throws with the byte offset of the first bad sequence.
    func convert(_ data: Data) throws -> String {
        String(decoding: try convertBytes(data), as: UTF8.self)
    }

    /// Converts all of `data` to the target encoding's bytes.
    func convertBytes(_ data: Data) throws -> Data {
        iconv(descriptor, nil, nil, nil, nil)  // reset shift state between documents
        var output = [UInt8](repeating: 0, count: data.count * 2 + 16)
        var produced = 0
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var input: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
                mutating: raw.baseAddress?.assumingMemoryBound(to: CChar.self))
            var inputLeft = raw.count
            while inputLeft > 0 {
                let status = output.withUnsafeMutableBufferPointer { buffer -> Int in
                    var target: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buffer.baseAddress! + produced)
                        .assumingMemoryBound(to: CChar.self)
                    var targetLeft = buffer.count - produced
                    let before = targetLeft
                    let result = iconv(descriptor, &input, &inputLeft, &target, &targetLeft)
                    produced += before - targetLeft
                    return result
                }
                if status != -1 { break }
                let code = errno
                if code == E2BIG {
                    output.append(contentsOf: repeatElement(0, count: output.count))
                    continue
                }
                let offset = raw.count - inputLeft
                throw code == EINVAL
                    ? IngestError.truncated(encoding: sourceEncoding, offset: offset)
                    : IngestError.invalidBytes(encoding: sourceEncoding, offset: offset)
            }
        }
        return Data(output[0..<produced])
    }
}
