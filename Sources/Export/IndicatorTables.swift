import Aggregate
import Extract
import PipelineCore

/// indicator_values.csv and evidence.csv: each document's values and every mention behind them.
enum IndicatorTables {
    /// The two big tables (a row per value, a row per mention), made once
    /// per export, side by side, for both the CSV files and the workbook.
    struct Made: Sendable {
        let values: CSVTable
        let evidence: CSVTable

        init(_ tables: AggregateTables, jobs: Int) throws {
            let made = try parallelMap([0, 1], jobs: jobs, makeWorker: { () }) { _, index in
                index == 0 ? IndicatorTables.values(tables) : IndicatorTables.evidence(tables)
            }
            (values, evidence) = (made[0], made[1])
        }
    }

    static let valuesHeader = [
        "document", "township", "county", "province", "year", "indicator", "label", "value", "unit", "qualifier",
        "mentions", "evidence", "offset",
    ]

    static func values(_ tables: AggregateTables) -> CSVTable {
        let labels = Dictionary(uniqueKeysWithValues: tables.indicators.map { ($0.id, $0.zh) })
        return CSVTable(header: valuesHeader, rows: tables.values.map { value in
            [
                .init(value.document), .init(value.township), .init(value.county), .init(value.province), .init(value.year),
                .text(value.indicator), .init(labels[value.indicator]), .init(value.value), .init(value.unit),
                .text(value.qualifier.rawValue), .init(value.mentions), .init(value.evidence), .init(value.offset),
            ]
        })
    }

    static let evidenceHeader = [
        "document", "indicator", "value", "qualifier", "unit", "section", "offset", "evidence", "scope", "chosen",
    ]

    static func evidence(_ tables: AggregateTables) -> CSVTable {
        CSVTable(header: evidenceHeader, rows: tables.evidence.map { row in
            let mention = row.mention
            return [
                .init(row.document), .text(mention.indicator), .init(mention.value), .text(mention.qualifier.rawValue),
                .init(mention.unit), .text(mention.section.rawValue), .init(mention.offset), .init(mention.evidence),
                .text(mention.scope.rawValue), .number(row.chosen ? "1" : "0"),
            ]
        })
    }

    static let complianceHeader = ["document", "township", "year", "measures_and_results", "chief_duty", "shortcomings", "next_year_plan"]

    static func compliance(_ tables: AggregateTables) -> CSVTable {
        func flag(_ present: Bool) -> CSVTable.Cell { .number(present ? "1" : "0") }
        return CSVTable(header: complianceHeader, rows: tables.compliance.map { row in
            [
                .init(row.document), .init(row.township), .init(row.year), flag(row.compliance.measuresAndResults),
                flag(row.compliance.chiefDuty), flag(row.compliance.shortcomings), flag(row.compliance.nextYearPlan),
            ]
        })
    }

    static let coverageHeader = ["indicator", "label", "documents", "stated", "share"]

    static func coverage(_ tables: AggregateTables) -> CSVTable {
        let labels = Dictionary(uniqueKeysWithValues: tables.indicators.map { ($0.id, $0.zh) })
        return CSVTable(header: coverageHeader, rows: tables.coverage.map { row in
            [
                .text(row.indicator), .init(labels[row.indicator]), .init(row.documents), .init(row.stated),
                row.documents == 0 ? .empty : .number(NumberText.format(Double(row.stated) / Double(row.documents), places: 3)),
            ]
        })
    }
}
