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

    /// Labels as portals spell them. For the publisher, earlier labels are
    /// surer: 信息来源 names whoever supplied the page, used only when no
    /// 发布机构-like label is there.
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

    /// The rank of the publisher label that gave `publisher` (lower is surer).
    private var publisherRank = Int.max

    /// Reads the labels among `pieces` (the page's text nodes in order); a
    /// piece holding several "label：value" pairs is split first. The first
    /// value found for a field wins, except that a surer publisher label wins.
    init(pieces: [String]) {
        let segments = pieces.flatMap(Self.segments)
        var index = 0
        while index < segments.count {
            defer { index += 1 }
            guard let (label, field, inline) = Self.label(at: segments[index]) else { continue }
            var value = inline
            if value.isEmpty, index + 1 < segments.count, Self.label(at: segments[index + 1]) == nil {
                value = segments[index + 1].trimmingWhitespace()
                index += 1
            }
            record(value, as: field, label: label)
        }
    }

    /// A piece cut before every label that follows whitespace:
    /// "来源：锦丰镇 发布时间：2024-01-25" → "来源：锦丰镇", "发布时间：2024-01-25".
    static func segments(of piece: String) -> [String] {
        let characters = Array(piece)
        var cuts = [0]
        for position in characters.indices.dropFirst()
        where characters[position - 1].isWhitespace && !characters[position].isWhitespace
            && label(at: String(characters[position...])) != nil {
            cuts.append(position)
        }
        return zip(cuts, cuts.dropFirst() + [characters.count]).map { String(characters[$0..<$1]).trimmingWhitespace() }
    }

    private mutating func record(_ value: String, as field: Field, label: String) {
        switch field {
        case .publisher:
            let name = value.prefix { !$0.isWhitespace }
            let rank = Self.labels.firstIndex { $0.label == label } ?? Int.max
            if rank < publisherRank, name.count >= 2 {
                publisher = String(name)
                publisherRank = rank
            }
        case .documentNumber:
            let number = value.trimmingWhitespace()
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
    static func label(at piece: String) -> (label: String, field: Field, value: String)? {
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
            return (label, field, String(characters[position...]).trimmingWhitespace())
        }
        return nil
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
