import PipelineCore

/// Reads years and dates written with Arabic or Chinese numerals:
/// 2023, 二〇二三, 二零二三; 2024年1月17日, 二〇二四年一月十七日.
enum DateReader {
    private static let chineseDigit: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let plausibleYears = 1990...2100

    /// A four-digit year ending right before `end` (the offset of 年), or nil.
    static func year(endingBefore end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard end >= 4 else { return nil }
        if end > 4, CharacterClass.isDigit(scalars[end - 5]) { return nil }
        var value = 0
        for scalar in scalars[(end - 4)..<end] {
            if CharacterClass.isDigit(scalar) { value = value * 10 + Int(scalar.value - 48) }
            else if let digit = chineseDigit[scalar] { value = value * 10 + digit }
            else { return nil }
        }
        return plausibleYears.contains(value) ? value : nil
    }

    /// Every `YYYY年` (and the offset of its 年) in `range`.
    static func years(in scalars: [Unicode.Scalar], range: Range<Int>) -> [(year: Int, offset: Int)] {
        range.compactMap { index in
            guard scalars[index] == "年", let year = year(endingBefore: index, in: scalars) else { return nil }
            return (year, index)
        }
    }

    /// `YYYY年M月D日` starting with the year that ends before `yearMark`
    /// (the 年), as ISO `YYYY-MM-DD`.
    static func date(at yearMark: Int, in scalars: [Unicode.Scalar]) -> String? {
        guard let year = year(endingBefore: yearMark, in: scalars) else { return nil }
        var index = yearMark + 1
        func number(until mark: Unicode.Scalar) -> Int? {
            let start = index
            while index < scalars.count, index - start <= 3, scalars[index] != mark { index += 1 }
            guard index < scalars.count, scalars[index] == mark, index > start else { return nil }
            let text = String(scalars: scalars[start..<index])
            index += 1
            guard let parsed = NumberParser.parse(text), parsed.qualifier == .exact, !parsed.isPercent,
                  parsed.range.upperBound == text.unicodeScalars.count else { return nil }
            return Int(parsed.value)
        }
        guard let month = number(until: "月"), (1...12).contains(month),
              let day = number(until: "日"), (1...31).contains(day) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
