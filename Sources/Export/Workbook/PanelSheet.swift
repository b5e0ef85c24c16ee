import Aggregate
import PipelineCore

/// The panel sheet: panel.csv's rows, percentages in percent format, and on
/// every value a note with its evidence sentence and document.
enum PanelSheet {
    static let firstIndicatorColumn = 3

    static func layout(_ tables: AggregateTables, text: WorkbookText) -> (SheetLayout, [[XLSXCell]]) {
        let table = PanelTables.panel(tables)
        var layout = SheetLayout(name: text.name(of: .panel), header: table.header)
        let percent = tables.indicators.map(\.isPercent)
        // Only the values of the documents the panel uses: a few hundred of tens of thousands.
        var evidence = Dictionary(tables.panel.map { ($0.document, [String: DocumentValue]()) }, uniquingKeysWith: { first, _ in first })
        for value in tables.values where evidence[value.document] != nil { evidence[value.document]![value.indicator] = value }
        let rows = table.rows.map { row in
            row.enumerated().map { index, cell in
                let indicator = index - firstIndicatorColumn
                return SheetRows.cell(cell, percent: indicator >= 0 && percent[indicator])
            }
        }
        for (rowIndex, panelRow) in tables.panel.enumerated() {
            for (offset, indicator) in tables.indicators.enumerated() where panelRow.values[indicator.id] != nil {
                guard let value = evidence[panelRow.document]?[indicator.id] else { continue }
                layout.comments.append(CellComment(row: rowIndex + 1, column: firstIndicatorColumn + offset,
                                                   text: text.evidenceNote(evidence: value.evidence, document: value.document)))
            }
        }
        return (layout, rows)
    }
}
