import Foundation

/// The metadata block portals print around an article (政府信息公开
/// 索引号/发布机构/发文字号/成文日期/发布日期 …), read from the page's text
/// pieces: a label, then its value in the same piece or the next one.
struct PortalMetadata: Equatable {
    var publisher: String?
    var documentNumber: String?
    var written: String?
    var published: String?

    enum Field { case publisher, documentNumber, written, published, ignored }

    /// Labels as portals spell them, longest first within a field.
    static let labels: [(label: String, field: Field)] = [
        ("发布机构", .publisher), ("发文机关", .publisher), ("发布单位", .publisher), ("发文单位", .publisher),
        ("公开主体", .publisher), ("信息来源", .publisher),
        ("发文字号", .documentNumber), ("文号", .documentNumber),
        ("成文日期", .written), ("成文时间", .written), ("印发日期", .written),
        ("发布日期", .published), ("发布时间", .published), ("公开日期", .published), ("公开时间", .published),
        ("索引号", .ignored), ("主题分类", .ignored), ("体裁分类", .ignored), ("组配分类", .ignored),
        ("公开方式", .ignored), ("公开范围", .ignored), ("有效性", .ignored), ("关键词", .ignored), ("主题词", .ignored),
        ("名称", .ignored), ("标题", .ignored), ("来源", .ignored), ("浏览次数", .ignored), ("字号", .ignored),
    ]

    /// Reads the labels among `pieces` (the page's text nodes in order).
    /// The first value found for a field wins.
    init(pieces: [String]) {
        var index = 0
        while index < pieces.count {
            defer { index += 1 }
            guard let (field, inline) = Self.label(at: pieces[index]) else { continue }
            var value = inline
            if value.isEmpty, index + 1 < pieces.count, Self.label(at: pieces[index + 1]) == nil {
                value = pieces[index + 1].trimmingWhitespace()
                index += 1
            }
            record(value, as: field)
        }
    }

    private mutating func record(_ value: String, as field: Field) {
        switch field {
        case .publisher:
            let name = value.prefix { !$0.isWhitespace }
            if publisher == nil, name.count >= 2 { publisher = String(name) }
        case .documentNumber:
            let number = Self.beforeNextLabel(value)
            if documentNumber == nil, number.contains(where: \.isNumber), number.count <= 40 { documentNumber = number }
        case .written:
            if written == nil { written = PortalDate.iso(in: value) }
        case .published:
            if published == nil { published = PortalDate.iso(in: value) }
        case .ignored:
            break
        }
    }

    /// When `piece` starts with a known label (spaces inside it allowed, as
    /// in 发 布 机 构), the field and whatever follows the label and its colon.
    static func label(at piece: String) -> (Field, String)? {
        let characters = Array(piece.trimmingWhitespace())
        for (label, field) in labels {
            var position = 0
            var matched = true
            for wanted in label {
                while position < characters.count, characters[position].isWhitespace { position += 1 }
                guard position < characters.count, characters[position] == wanted else { matched = false; break }
                position += 1
            }
            guard matched else { continue }
            while position < characters.count, characters[position].isWhitespace { position += 1 }
            guard position < characters.count ? ":：".contains(characters[position]) : true else { continue }
            if position < characters.count { position += 1 }
            return (field, String(characters[position...]).trimmingWhitespace())
        }
        return nil
    }

    /// A value up to where a second label starts on the same line
    /// ("锦政发〔2024〕3号 成文日期：…") or a wide gap.
    private static func beforeNextLabel(_ value: String) -> String {
        var kept = ""
        for part in value.split(separator: " ", omittingEmptySubsequences: true) {
            if label(at: String(part)) != nil { break }
            kept += kept.isEmpty ? String(part) : " " + part
        }
        return kept.trimmingWhitespace()
    }
}

/// Dates as portals print them: 2024-01-20, 2024/1/20, 2024.01.20, 2024年1月20日.
enum PortalDate {
    static func iso(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let date = date(in: scalars, at: index) { return date }
            index += 1
        }
        return nil
    }

    private static func date(in scalars: [Unicode.Scalar], at start: Int) -> String? {
        var position = start
        func number(maxDigits: Int) -> Int? {
            var digits = 0
            var value = 0
            while position < scalars.count, digits < maxDigits, let digit = scalars[position].properties.numericType == .decimal
                ? Int(String(scalars[position])) : nil {
                value = value * 10 + digit
                digits += 1
                position += 1
            }
            return digits == 0 ? nil : value
        }
        func separator(_ allowed: String) -> Bool {
            while position < scalars.count, scalars[position] == " " { position += 1 }
            guard position < scalars.count, allowed.unicodeScalars.contains(scalars[position]) else { return false }
            position += 1
            while position < scalars.count, scalars[position] == " " { position += 1 }
            return true
        }
        if start > 0, scalars[start - 1].properties.numericType == .decimal { return nil }
        guard let year = number(maxDigits: 4), (1980...2100).contains(year), separator("-/.年"),
              let month = number(maxDigits: 2), (1...12).contains(month), separator("-/.月"),
              let day = number(maxDigits: 2), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
