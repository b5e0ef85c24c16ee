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
        var index = data.startIndex
        var validBytes = 0
        var invalidBytes = 0
        var firstBad: Int?
        var run = 0
        var longestRun = 0
        while index < data.endIndex {
            let lead = data[index]
            if lead < 0x80 { index += 1; continue }
            let length = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            let end = index + length
            let wellFormed = length > 0 && end <= data.endIndex
                && data[(index + 1)..<end].allSatisfy { $0 & 0xC0 == 0x80 }
            if wellFormed {
                validBytes += length
                index = end
                run += 1
                longestRun = max(longestRun, run)
            } else {
                run = 0
                invalidBytes += 1
                if firstBad == nil { firstBad = index - data.startIndex }
                index += 1
            }
        }
        guard let firstBad else { return nil }
        let mostlyUTF8 = validBytes >= 16 && validBytes >= invalidBytes * 20
        guard mostlyUTF8 || longestRun >= Self.telltaleRun else { return nil }
        offset = firstBad
        atEnd = data.count - firstBad <= 3
        mixed = !mostlyUTF8
    }
}
