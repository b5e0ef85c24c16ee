import Normalize
import PipelineCore

/// A number as a report states a quantity: the number, its qualifier and
/// what follows it (a measure word or %). Numbers followed by anything else
/// (years, dates, document numbers, names) are not quantities.
struct Quantity: Equatable {
    var value: Double
    var qualifier: NumberQualifier
    var isPercent: Bool
    /// The measure word, or "%" for a percentage.
    var unit: String
    /// From the first qualifier word through the measure word and any
    /// qualifier after it (100人次以上).
    var range: Range<Int>
    /// In a table row: where the row's label ends (see `TableFigures`).
    var labelEnd: Int? = nil
}

/// Finds every quantity of a text in one pass.
struct QuantityScanner {
    /// All measure words of the catalogue, longest first, so 人次 wins over 人.
    private let measureWords: [[Unicode.Scalar]]

    init(measureWords: Set<String>) {
        self.measureWords = measureWords.map { Array($0.unicodeScalars) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : String(scalars: $0) < String(scalars: $1) }
    }

    /// Scalars a number (or its qualifier word) can start with: the parser
    /// is asked only there.
    private static let numberStarts = ScalarBitmap("0123456789〇○零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳陸近约超逾不多将大接少上至".unicodeScalars)
    private static let bareUnits: Set<Unicode.Scalar> = ["十", "百", "千", "万", "拾", "佰", "仟", "萬"]

    func scan(_ scalars: [Unicode.Scalar]) -> [Quantity] {
        var quantities: [Quantity] = []
        var position = 0
        while position < scalars.count {
            if Self.numberStarts.contains(scalars[position]), let quantity = quantity(at: position, in: scalars) {
                quantities.append(quantity)
                position = quantity.range.upperBound
            } else {
                position += 1
            }
        }
        return quantities
    }

    private func quantity(at start: Int, in scalars: [Unicode.Scalar]) -> Quantity? {
        if start > 0, scalars[start - 1] == "第" { return nil }  // ordinals: 第3次
        // 数十起, 几百份: a vague amount, no figure.
        if start > 0, scalars[start - 1] == "数" || scalars[start - 1] == "几", Self.bareUnits.contains(scalars[start]) { return nil }
        guard let number = NumberParser.parse(scalars, at: start) else { return nil }
        var end = number.range.upperBound
        var qualifier = number.qualifier
        let unit: String
        if number.isPercent {
            unit = "%"
        } else {
            guard let word = measureWords.first(where: { WordSet.literal($0, in: scalars, at: end) }) else { return nil }
            unit = String(scalars: word)
            end += word.count
            if let (trailing, length) = NumberParser.trailingQualifier(scalars, at: end) {
                if qualifier == .exact { qualifier = trailing }
                end += length
            }
        }
        return Quantity(value: number.value, qualifier: qualifier, isPercent: number.isPercent, unit: unit,
                        range: start..<end)
    }
}
