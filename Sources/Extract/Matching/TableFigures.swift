import Normalize

/// Figures in the rows of a table written as text (| 人民调解受理纠纷（件） | 1562 | 1488 |
/// +4.97% |): only the report year's column counts, chosen by the header row
/// (| 指标名称 | 2025年 | 2024年 | 增减 |), else the first figure after the label; a
/// bare number there takes its unit from the label's (件). The figures keep where
/// their label ends, so the label's phrase takes them across the cells between.
struct TableFigures {
    let reportYear: Int?
    let measureWords: Set<String>

    func adjust(_ quantities: [Quantity], in scalars: [Unicode.Scalar]) -> [Quantity] {
        guard scalars.contains("|") else { return quantities }  // most reports: no table, no line splitting
        var result: [Quantity] = []
        var dropped: [Range<Int>] = []
        var header: [Int: Int] = [:]  // cell index → year, from the latest header row
        var previousRowEnd = -1
        for line in MappedText.lineRanges(of: scalars) where scalars[line].contains("|") {
            if line.lowerBound != previousRowEnd + 1 { header = [:] }  // a new table
            previousRowEnd = line.upperBound
            let cells = Self.cells(in: line, scalars)
            let years = yearColumns(cells, scalars)
            if !years.isEmpty { header = years; dropped += cells.map(\.range); continue }
            // The label: the last cell with words before the first figure (a 序号 column before it,
            // or a category column, 公共法律服务 | 法律援助案件（件） | 8, is skipped; so is a unit cell).
            let numbered = cells.count > 2 && bareNumber(in: cells[0], scalars) != nil
                && scalars[cells[1].range].contains(where: CharacterClass.isHan)
            guard let firstFigure = cells.indices.dropFirst(numbered ? 1 : 0).first(where: { Self.isFigure(cells[$0], scalars) }),
                  let labelIndex = cells[..<firstFigure].lastIndex(where: { cell in
                      scalars[cell.range].contains(where: CharacterClass.isHan) && !measureWords.contains(String(scalars: scalars[cell.range]))
                  }),
                  !Self.pairsLabelsWithFigures(cells, after: labelIndex, scalars) else { continue }
            let label = cells[labelIndex]
            // A unit in brackets after the label's words, or in a cell of its own (排查矛盾纠纷 | 起 | 124 | 131).
            let unitCell = cells.indices.dropFirst(labelIndex + 1).first { measureWords.contains(String(scalars: scalars[cells[$0].range])) }
            let unit = labelUnit(label, scalars) ?? unitCell.map { String(scalars: scalars[cells[$0].range]) }
            let chosen: Int?
            if !header.isEmpty {
                guard let reportYear else { continue }
                chosen = header.filter { $0.value == reportYear }.keys.min()  // the first such column, whatever the hash order
            } else {
                chosen = cells.indices.dropFirst(labelIndex + 1).first { index in
                    quantities.contains { cells[index].range.contains($0.range.lowerBound) } || bareNumber(in: cells[index], scalars) != nil
                }
            }
            for (index, cell) in cells.enumerated().dropFirst(labelIndex + 1) where index != unitCell {
                guard index == chosen else { dropped.append(cell.range); continue }
                let inCell = quantities.filter { cell.range.contains($0.range.lowerBound) }
                if inCell.isEmpty, let unit, let number = bareNumber(in: cell, scalars) {
                    result.append(Quantity(value: number.value, qualifier: number.qualifier, isPercent: false, unit: unit,
                                           range: number.range, labelEnd: label.range.upperBound))
                }
                for var quantity in inCell {
                    quantity.labelEnd = label.range.upperBound
                    result.append(quantity)
                    dropped.append(quantity.range)
                }
            }
        }
        let kept = quantities.filter { quantity in !dropped.contains { $0.contains(quantity.range.lowerBound) } }
        return (kept + result).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    struct Cell {
        /// Without the spaces around it.
        let range: Range<Int>
    }

    /// A cell that opens with a figure (12件, 1562, -14.3%, +9).
    private static func isFigure(_ cell: Cell, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = cell.range.first else { return false }
        let opening = "+-－—".unicodeScalars.contains(scalars[first]) && first + 1 < cell.range.upperBound ? first + 1 : first
        return CharacterClass.isDigit(scalars[opening])
    }

    /// The cells between bars, empty ones kept in their column (|  | 法律咨询（人次） | 265 |);
    /// a leading and a trailing bar open and close the row.
    private static func cells(in line: Range<Int>, _ scalars: [Unicode.Scalar]) -> [Cell] {
        var segments: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where scalars[index] == "|" {
            segments.append(start..<index)
            start = index + 1
        }
        segments.append(start..<line.upperBound)
        var cells = segments.map { trimmed($0, scalars) }
        if let first = cells.first, first.range.isEmpty { cells.removeFirst() }
        if let last = cells.last, last.range.isEmpty { cells.removeLast() }
        return cells
    }

    private static func trimmed(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Cell {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, CharacterClass.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, CharacterClass.isSpace(scalars[upper - 1]) { upper -= 1 }
        return Cell(range: lower..<upper)
    }

    /// Header cells that are a year alone (2025年, 2025年度, 2025), or this or last year
    /// in words (本年度, 上年度), read as offsets from the report year (0, -1) when it is known.
    private func yearColumns(_ cells: [Cell], _ scalars: [Unicode.Scalar]) -> [Int: Int] {
        var years: [Int: Int] = [:]
        for (index, cell) in cells.enumerated() {
            // A figure that is no year (6, 1650, +21.2%) makes the row data, not a header.
            if let number = bareNumber(in: cell, scalars), !(1990...2100).contains(number.value) { return [:] }
            if scalars[cell.range].contains("%") { return [:] }
            var text = String(scalars: scalars[cell.range])
            if let offset = Self.relativeYears[text] {
                if let reportYear { years[index] = reportYear + offset }
                continue
            }
            if text.hasSuffix("年度") { text.removeLast(2) } else if text.hasSuffix("年") { text.removeLast() }
            if text.count == 4, let year = Int(text), (1990...2100).contains(year) { years[index] = year }
        }
        return years
    }

    private static let relativeYears = ["本年度": 0, "本年": 0, "今年": 0, "本期": 0, "上年度": -1, "上年": -1, "去年": -1, "上年同期": -1, "去年同期": -1]

    /// Label, figure, label, figure (行政复议案件 | 0件 | 行政诉讼案件 | 1件): words between
    /// figures name another row's figure; not a table with one label.
    private static func pairsLabelsWithFigures(_ cells: [Cell], after label: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let hasDigit = cells.map { cell in scalars[cell.range].contains(where: CharacterClass.isDigit) }
        guard let firstFigure = hasDigit.indices.dropFirst(label + 1).first(where: { hasDigit[$0] }),
              let lastFigure = hasDigit.lastIndex(of: true), firstFigure < lastFigure else { return false }
        return (firstFigure..<lastFigure).contains { !hasDigit[$0] && scalars[cells[$0].range].count > 2 }
    }

    /// A cell that holds one number and nothing else (1562, 18,600).
    private func bareNumber(in cell: Cell, _ scalars: [Unicode.Scalar]) -> ParsedNumber? {
        guard let number = NumberParser.parse(scalars, at: cell.range.lowerBound), number.range.upperBound == cell.range.upperBound,
              !number.isPercent else { return nil }
        return number
    }

    /// The measure word a label ends with in brackets: 人民调解受理纠纷（件）, 发放宣传资料(份).
    private func labelUnit(_ label: Cell, _ scalars: [Unicode.Scalar]) -> String? {
        guard label.range.count >= 3, [")", "）"].contains(scalars[label.range.upperBound - 1]) else { return nil }
        guard let open = scalars[label.range].lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let unit = String(scalars: scalars[(open + 1)..<(label.range.upperBound - 1)])
        return measureWords.contains(unit) ? unit : nil
    }
}
