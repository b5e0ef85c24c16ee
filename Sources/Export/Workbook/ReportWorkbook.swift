import Aggregate
import Foundation
import PipelineCore

/// report.xlsx: the tables of the CSV files as sheets for people, in the
/// pipeline's sheet language.
enum ReportWorkbook {
    static let fileName = "report.xlsx"

    /// Problems for texts too long for a cell (the writer cuts them), known
    /// before writing so the workbook and problems.csv both list them.
    static func overlongCells(_ made: IndicatorTables.Made, problems: [Problem], language: PipelineConfig.SheetLanguage) -> [Problem] {
        let text = WorkbookText(language: language)
        return SheetRows.overlong(made.values, sheet: text.name(of: .values), documentColumn: 0)
            + SheetRows.overlong(made.evidence, sheet: text.name(of: .evidence), documentColumn: 0)
            + SheetRows.overlong(ProblemsTable.make(problems), sheet: text.name(of: .problems), documentColumn: 0)
    }

    /// Writes every sheet's parts; `close()` on the packager returned zips
    /// them into `url`, atomically. `made` holds the big tables the CSV files share.
    static func writeSheets(_ tables: AggregateTables, made: IndicatorTables.Made, problems: [Problem], pipeline: String,
                            language: PipelineConfig.SheetLanguage, to url: URL) throws -> XLSXPackager {
        let text = WorkbookText(language: language)
        let packager = try XLSXPackager(destination: url, title: pipeline)

        let summary = SummarySheet.layout(tables, problems: problems, pipeline: pipeline, text: text)
        try packager.addSheet(summary.0, rows: summary.1)
        let panel = PanelSheet.layout(tables, text: text)
        try packager.addSheet(panel.0, rows: panel.1)
        let comparison = ComparisonSheet.layout(tables, text: text)
        try packager.addSheet(comparison.0, rows: comparison.1)

        let values = made.values
        try packager.addSheet(SheetLayout(name: text.name(of: .values), header: values.header),
                              rows: values.rows.lazy.map { SheetRows.row($0, valueColumn: 7, unitColumn: 8) })
        let evidence = made.evidence
        try packager.addSheet(SheetLayout(name: text.name(of: .evidence), header: evidence.header),
                              rows: evidence.rows.lazy.map { SheetRows.row($0, valueColumn: 2, unitColumn: 4) })
        let compliance = IndicatorTables.compliance(tables)
        try packager.addSheet(SheetLayout(name: text.name(of: .compliance), header: compliance.header),
                              rows: compliance.rows.lazy.map { $0.map { SheetRows.cell($0) } })
        let problemTable = ProblemsTable.make(problems)
        try packager.addSheet(SheetLayout(name: text.name(of: .problems), header: problemTable.header),
                              rows: problemTable.rows.lazy.map { $0.map { SheetRows.cell($0) } })
        let dictionary = indicatorDictionary(tables)
        try packager.addSheet(SheetLayout(name: text.name(of: .indicators), header: dictionary.header), rows: dictionary.rows)
        return packager
    }

    /// The catalogue's indicators with how many readable documents state each.
    static func indicatorDictionary(_ tables: AggregateTables) -> (header: [String], rows: [[XLSXCell]]) {
        let coverage = Dictionary(uniqueKeysWithValues: tables.coverage.map { ($0.indicator, $0) })
        let header = ["indicator", "zh", "en", "unit", "rule", "rule_note", "documents", "stated", "share"]
        return (header, tables.indicators.map { indicator in
            let covered = coverage[indicator.id]
            let share: XLSXCell = covered.map { $0.documents == 0 ? .empty : .percent(Double($0.stated) / Double($0.documents)) } ?? .empty
            return [
                .text(indicator.id), .text(indicator.zh), .text(indicator.en), .text(indicator.unit), .text(indicator.rule),
                indicator.ruleNote.isEmpty ? .empty : .text(indicator.ruleNote),
                covered.map { .number(Double($0.documents)) } ?? .empty, covered.map { .number(Double($0.stated)) } ?? .empty, share,
            ]
        })
    }
}
