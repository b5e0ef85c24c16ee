import Aggregate
import PipelineCore

/// panel.csv, comparison.csv and county_rollup.csv: the township-year views.
enum PanelTables {
    static func panel(_ tables: AggregateTables) -> CSVTable {
        let ids = tables.indicators.map(\.id)
        return CSVTable(header: ["township", "county", "year"] + ids, rows: tables.panel.map { row in
            [.text(row.township), .init(row.county), .init(row.year)] + ids.map { .init(row.values[$0]) }
        })
    }

    static func comparison(_ tables: AggregateTables) -> CSVTable {
        let header = ["township", "county", "indicator"] + tables.years.map(String.init) + ["change", "change_pct"]
        return CSVTable(header: header, rows: tables.comparison.map { row in
            [.text(row.township), .init(row.county), .text(row.indicator)]
                + tables.years.map { .init(row.values[$0]) }
                + [row.change.map { .number(NumberText.format($0, places: 4)) } ?? .empty, row.changePercent.map { .number(NumberText.format($0, places: 2)) } ?? .empty]
        })
    }

    static let rollupHeader = ["county", "year", "indicator", "townships", "value", "aggregation"]

    static func countyRollup(_ tables: AggregateTables) -> CSVTable {
        CSVTable(header: rollupHeader, rows: tables.countyRollup.map { row in
            [.text(row.county), .init(row.year), .text(row.indicator), .init(row.townships),
             .number(NumberText.format(row.value, places: 4)), .text(row.aggregation.rawValue)]
        })
    }
}
