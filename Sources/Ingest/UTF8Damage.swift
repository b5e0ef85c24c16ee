import Foundation

/// Where text that is mostly UTF-8 stops being valid UTF-8. Exists only when
/// the non-ASCII bytes are overwhelmingly well-formed UTF-8 sequences, which
/// text in a legacy Chinese encoding practically never is.
struct UTF8Damage {
    let offset: Int
    /// The bad sequence runs into the end of the file: a truncated file.
    let atEnd: Bool

    init?(in data: Data) {
        var index = data.startIndex
        var validBytes = 0
        var invalidBytes = 0
        var firstBad: Int?
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
            } else {
                invalidBytes += 1
                if firstBad == nil { firstBad = index - data.startIndex }
                index += 1
            }
        }
        guard let firstBad, validBytes >= 16, validBytes >= invalidBytes * 20 else { return nil }
        offset = firstBad
        atEnd = data.count - firstBad <= 3
    }
}
