import Aggregate
import PipelineCore

/// The comparison sheet: comparison.csv's rows with the change columns
/// coloured by sign, then each indicator's yearly total (mean for
/// percentages) below the table, drawn as one line chart per indicator.
enum ComparisonSheet {
    static let firstYearColumn = 3

    static func layout(_ tables: AggregateTables, text: WorkbookText) -> (SheetLayout, [[XLSXCell]]) {
        let table = PanelTables.comparison(tables)
        var layout = SheetLayout(name: text.name(of: .comparison), header: table.header)
        let percentages = Set(tables.indicators.filter(\.isPercent).map(\.id))
        let changeColumn = firstYearColumn + tables.years.count
        var rows = zip(table.rows, tables.comparison).map { cells, row in
            let percent = percentages.contains(row.indicator)
            return cells.enumerated().map { index, cell in
                SheetRows.cell(cell, percent: index == changeColumn + 1 || (percent && index >= firstYearColumn))
            }
        }
        layout.conditionalFormats = [SignFormat(column: changeColumn), SignFormat(column: changeColumn + 1)]
        guard !tables.years.isEmpty else { return (layout, rows) }
        // The totals block: a blank row, a row naming the years, one row per indicator.
        rows.append([])
        let yearsRow = rows.count
        rows.append([.text(text.totalLabel(mean: false)), .empty, .empty] + tables.years.map { .text(String($0)) })
        let lastYear = firstYearColumn + tables.years.count - 1
        let byIndicator = Dictionary(grouping: tables.comparison, by: \.indicator)
        for indicator in tables.indicators {
            let totals = yearlyTotals(of: byIndicator[indicator.id] ?? [], years: tables.years, mean: indicator.isPercent)
            guard totals.contains(where: { $0 != nil }) else { continue }
            rows.append([.text(indicator.zh), .text(text.totalLabel(mean: indicator.isPercent)), .text(indicator.id)]
                + totals.map { total in total.map { indicator.isPercent ? .percent($0 / 100) : .number($0) } ?? .empty })
            layout.charts.append(LineChart(
                title: "\(indicator.zh) (\(indicator.id))",
                categories: CellReference.range(fromRow: yearsRow + 1, fromColumn: firstYearColumn, toRow: yearsRow + 1, toColumn: lastYear),
                values: CellReference.range(fromRow: rows.count, fromColumn: firstYearColumn, toRow: rows.count, toColumn: lastYear),
                row: 1 + layout.charts.count * (DrawingPart.height + 1), column: changeColumn + 3))
        }
        layout.footerRows = rows.count - table.rows.count
        return (layout, rows)
    }

    /// Per year: the sum over townships (the mean, for percentages); nil when none states it.
    static func yearlyTotals(of rows: [ComparisonRow], years: [Int], mean: Bool) -> [Double?] {
        years.map { year in
            let values = rows.compactMap { $0.values[year] }
            guard !values.isEmpty else { return nil }
            let sum = values.reduce(0, +)
            return mean ? sum / Double(values.count) : sum
        }
    }
}
