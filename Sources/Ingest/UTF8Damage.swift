import Foundation

/// Where text that is partly UTF-8 stops being valid UTF-8. Exists when the
/// non-ASCII bytes are overwhelmingly well-formed UTF-8 sequences (damaged or
/// truncated UTF-8), or when they hold a long run of them (a file glued
/// together from UTF-8 and another encoding). Legacy Chinese encodings give
/// only short accidental runs, broken by bytes UTF-8 never allows.
struct UTF8Damage {
    let offset: Int
    /// The bad sequence runs into the end of the file: a truncated file.
    let atEnd: Bool
    /// Long UTF-8 runs next to much non-UTF-8: two encodings in one file.
    let mixed: Bool

    /// Consecutive well-formed multi-byte sequences that no legacy-encoded text produces by chance.
    static let telltaleRun = 24

    init?(in data: Data) {
        guard let found = data.withUnsafeBytes({ Self.scan($0) }) else { return nil }
        (offset, atEnd, mixed) = (found.offset, data.count - found.offset <= 3, found.mixed)
    }

    /// One pass over raw bytes (Data's element-wise iterator is far slower).
    private static func scan(_ bytes: UnsafeRawBufferPointer) -> (offset: Int, mixed: Bool)? {
        var index = 0
        var validBytes = 0
        var invalidBytes = 0
        var firstBad: Int?
        var run = 0
        var longestRun = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            var wellFormed = length > 0 && index + length <= count
            if wellFormed {
                for next in (index + 1)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
                    wellFormed = false
                    break
                }
            }
            if wellFormed {
                validBytes += length
                index += length
                run += 1
                longestRun = max(longestRun, run)
            } else {
                run = 0
                invalidBytes += 1
                if firstBad == nil { firstBad = index }
                index += 1
            }
        }
        guard let firstBad else { return nil }
        let mostlyUTF8 = validBytes >= 16 && validBytes >= invalidBytes * 20
        guard mostlyUTF8 || longestRun >= telltaleRun else { return nil }
        return (firstBad, !mostlyUTF8)
    }
}
