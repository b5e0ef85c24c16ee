import Aggregate
import PipelineCore
import Testing
@testable import Export

@Suite struct TablesTests {
    func facts(_ id: String, characters: Int?, failure: String? = nil, metadata: DocumentMetadata = DocumentMetadata()) -> DocumentFacts {
        DocumentFacts(document: id, sourcePath: id + ".txt", sha256: "ab", format: "txt",
                      encoding: characters == nil ? nil : "GB18030", script: characters == nil ? nil : "simplified",
                      metadata: metadata, declaredFields: [], characters: characters, failure: failure)
    }

    @Test func documentsRowsCarryMetadataAndStatus() {
        let table = DocumentsTable.make([
            facts("a", characters: 4, metadata: DocumentMetadata(township: "大新镇", county: "张家港市", reportYear: 2020, issued: "2021-01-02")),
            facts("b", characters: 2),
            facts("c", characters: nil, failure: "empty file"),
        ], problems: [Problem(document: "b", severity: .warning, stage: .normalize, message: "no township")])
        #expect(table.header == DocumentsTable.header)
        #expect(table.rows[0] == [.text("a"), .text("a.txt"), .text("ab"), .text("txt"), .text("GB18030"), .text("simplified"),
                                  .text("大新镇"), .text("张家港市"), .empty, .number("2020"), .text("2021-01-02"), .empty,
                                  .number("4"), .text("ok")])
        #expect(table.rows.map { $0.last } == [.text("ok"), .text("incomplete"), .text("failed")])
        #expect(table.rows[2][4] == .empty && table.rows[2][12] == .empty)
    }

    @Test func problemsAreOrderedByStageThenDocument() {
        let table = ProblemsTable.make([
            Problem(document: "z", severity: .warning, stage: .normalize, message: "no year"),
            Problem(document: "b", severity: .error, stage: .ingest, message: "empty file"),
            Problem(document: "a", severity: .error, stage: .ingest, message: "binary content"),
        ])
        #expect(table.rows.map { $0[0] } == [.text("a"), .text("b"), .text("z")])
        #expect(table.rows[2] == [.text("z"), .text("warning"), .text("normalize"), .text("no year")])
    }

    /// The contract: scripts read these leading columns by name.
    @Test func headersStartWithTheSpecColumns() {
        let empty = AggregateTables(indicators: [IndicatorInfo(id: "x", zh: "甲", en: "X", unit: "count", rule: "first_total", ruleNote: "")],
                                    documents: [], compliance: [], values: [], evidence: [], panel: [], years: [2022, 2023],
                                    comparison: [], countyRollup: [], coverage: [])
        func starts(_ table: CSVTable, _ columns: String) -> Bool {
            table.header.prefix(columns.split(separator: ",").count).joined(separator: ",") == columns
        }
        #expect(starts(IndicatorTables.values(empty), "document,township,county,province,year,indicator,label,value,unit,qualifier,mentions,evidence"))
        #expect(starts(IndicatorTables.evidence(empty), "document,indicator,value,qualifier,unit,section,offset,evidence"))
        #expect(starts(IndicatorTables.compliance(empty), "document,township,year,measures_and_results,chief_duty,shortcomings,next_year_plan"))
        #expect(PanelTables.panel(empty).header == ["township", "county", "year", "x"])
        #expect(PanelTables.comparison(empty).header == ["township", "county", "indicator", "2022", "2023", "change", "change_pct"])
        #expect(ProblemsTable.make([]).header == ["document", "severity", "stage", "message"])
    }

    @Test func numbersAreWrittenShortAndExact() {
        #expect(NumberText.format(33) == "33")
        #expect(NumberText.format(93.26) == "93.26")
        #expect(NumberText.format(15000) == "15000")
        #expect(NumberText.format(-38.7755, places: 2) == "-38.78")
    }
}
