import Aggregate
import PipelineCore

extension IndicatorInfo {
    /// Rates and shares, shown in percent format.
    var isPercent: Bool { unit == "percent" }
}

/// CSV table cells as sheet cells: numbers become numbers, and a value
/// whose unit is % becomes a fraction shown in percent format.
enum SheetRows {
    static func cell(_ cell: CSVTable.Cell, percent: Bool = false) -> XLSXCell {
        switch cell {
        case let .text(text): return .text(text)
        case let .number(text):
            guard let value = Double(text) else { return .text(text) }
            return percent ? .percent(value / 100) : .number(value)
        case .empty: return .empty
        }
    }

    /// A row whose `valueColumn` is a percentage when `unitColumn` says %.
    static func row(_ row: [CSVTable.Cell], valueColumn: Int, unitColumn: Int) -> [XLSXCell] {
        let percent = row[unitColumn] == .text("%")
        return row.enumerated().map { index, value in cell(value, percent: percent && index == valueColumn) }
    }

    /// Texts longer than a cell holds, as problem rows (the writer cuts them).
    static func overlong(_ table: CSVTable, sheet: String, documentColumn: Int?) -> [Problem] {
        var problems: [Problem] = []
        for (rowIndex, row) in table.rows.enumerated() {
            for (column, value) in row.enumerated() {
                guard case let .text(text) = value, text.utf8.count > CellText.maximumLength,
                      text.utf16.count > CellText.maximumLength else { continue }
                var document = "report.xlsx"
                if let documentColumn, case let .text(name) = row[documentColumn] { document = name }
                problems.append(Problem(document: document, severity: .warning, stage: .export, message:
                    "report.xlsx: sheet \(sheet) cell \(CellReference.cell(row: rowIndex + 1, column: column)) holds \(text.utf16.count) characters; cut to \(CellText.maximumLength), the most a cell holds (the CSV file has it whole)"))
            }
        }
        return problems
    }
}
