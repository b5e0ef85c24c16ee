import Foundation
import Logging
import PipelineCore
import Testing
@testable import Aggregate
@testable import Extract

/// A township in three years, a second township, and a duplicate report,
/// built as extract records so every number is known.
@Suite struct AggregateStageTests {
    static let catalogue = Catalogue(indicators: [
        indicator("cases", unit: .count, preferring: []),
        indicator("rate", unit: .percent, preferring: []),
        indicator("petitions", unit: .count, preferring: ["件"]),
    ])

    static func indicator(_ id: String, unit: Indicator.Unit, preferring: [String]) -> Indicator {
        Indicator(id: id, zh: id, en: id, unit: unit, measureWords: ["件", "批"], triggers: ["x"], nouns: [], listNouns: [],
                  preferredMeasureWords: preferring, subkindWords: [], followsSubject: false, verbsAfterCount: [], countBefore: [], requires: [], requiresInSentence: [], statesFull: [], vetoBefore: [], vetoAfter: [], vetoInClause: [], vetoInGap: [], sharedVeto: [], sharedKeep: [],
                  sections: [.measuresAndResults], window: 12, rule: .firstTotal, ruleNote: "")
    }

    static func mention(_ id: String, _ value: Double, _ scope: MentionScope = .plain, unit: String = "件") -> Mention {
        Mention(indicator: id, value: value, qualifier: .exact, unit: unit, section: .measuresAndResults, scope: scope,
                offset: 0, evidence: "\(id) \(value)")
    }

    static func document(_ id: String, _ township: String, _ year: Int, issued: String? = nil, county: String? = "清河县",
                         _ mentions: [Mention]) -> ExtractedDocument {
        ExtractedDocument(
            facts: DocumentFacts(document: id, sourcePath: id + ".txt", sha256: "", format: "txt", encoding: "UTF-8",
                                 script: "simplified", metadata: DocumentMetadata(township: township, county: county, reportYear: year, issued: issued),
                                 declaredFields: [], characters: 100, failure: nil),
            mentions: mentions, compliance: Compliance(measuresAndResults: true, chiefDuty: false, shortcomings: true, nextYearPlan: true))
    }

    static let documents = [
        document("a21", "石桥镇", 2021, [mention("cases", 120), mention("rate", 95.8)]),
        document("a22", "石桥镇", 2022, [mention("cases", 30, .part), mention("cases", 150, .total), mention("rate", 98)]),
        document("a23", "石桥镇", 2023, [mention("cases", 90), mention("cases", 400, .cumulative)]),
        document("b23-old", "白沙乡", 2023, issued: "2024-01-05", [mention("cases", 10)]),
        document("b23-new", "白沙乡", 2023, issued: "2024-02-01", [mention("cases", 40), mention("petitions", 43, unit: "批"), mention("petitions", 51, unit: "件")]),
    ]

    let output = try! AggregateStage.aggregate(documents, catalogue: catalogue, upstreamProblems: [], logger: Logger(label: "test"))

    @Test func tablesJSONIsWhatJSONEncoderWrites() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tables-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try SlicedJSONWriter.write(output.tables.jsonMembers, to: url, jobs: 2)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try Data(contentsOf: url) == encoder.encode(output.tables))
        // Values and evidence rows are positional arrays; they read back whole.
        let decoded = try JSONDecoder().decode(AggregateTables.self, from: Data(contentsOf: url))
        #expect(decoded.values == output.tables.values && decoded.evidence == output.tables.evidence)
        let placeless = DocumentValue(document: "x", township: nil, county: nil, province: nil, year: nil, indicator: "cases",
                                      value: 0.5, unit: "件", qualifier: .exact, mentions: 1, evidence: "", offset: 0)
        #expect(try JSONDecoder().decode([DocumentValue].self, from: encoder.encode([placeless])) == [placeless])
    }

    @Test func tablesJSONReadsBackWithTheCursor() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let written = try encoder.encode(output.tables)
        let read = try JSONCursor.read(written) { try AggregateTables(json: &$0, blobs: nil) }
        #expect(try encoder.encode(read) == written)
        #expect(read.values == output.tables.values && read.evidence == output.tables.evidence && !read.values.isEmpty)
        var tables = output.tables
        tables.values = [DocumentValue(document: "x", township: nil, county: nil, province: nil, year: nil, indicator: "cases",
                                       value: 0.5, unit: "件\"", qualifier: .over, mentions: 1, evidence: "a\nb", offset: 3)]
        let placeless = try JSONCursor.read(try encoder.encode(tables)) { try AggregateTables(json: &$0, blobs: nil) }
        #expect(placeless.values == tables.values)
        #expect(throws: JSONReadError.self) { try JSONCursor.read(Data("{\"values\":[]}".utf8)) { try AggregateTables(json: &$0, blobs: nil) } }
    }

    @Test func eachDocumentGetsOneValuePerIndicatorByTheRule() {
        let values = Dictionary(grouping: output.tables.values, by: \.document).mapValues { $0.map { "\($0.indicator)=\(NumberText.format($0.value))" } }
        #expect(values["a22"] == ["cases=150", "rate=98"])  // the total beats the part before it
        #expect(values["a23"] == ["cases=90"])               // a multi-year figure never counts
        #expect(values["b23-new"] == ["cases=40", "petitions=51"])  // 件 preferred over 批
        #expect(output.tables.values.first { $0.document == "a22" }?.mentions == 2)
        #expect(output.tables.evidence.filter(\.chosen).count == output.tables.values.count)
        #expect(output.tables.evidence.count == 11)
    }

    @Test func thePanelHasOneRowPerTownshipYearAndUsesTheLaterReport() {
        let rows = output.tables.panel.map { "\($0.township) \($0.year) \($0.document)" }
        #expect(rows == ["白沙乡 2023 b23-new", "石桥镇 2021 a21", "石桥镇 2022 a22", "石桥镇 2023 a23"])
        #expect(output.problems.map(\.document) == ["b23-old", "b23-new"])
        #expect(output.problems.map(\.message) == ["白沙乡 2023 is reported by 2 documents; the panel uses b23-new (signed last)",
                                                   "白沙乡 2023 is reported by 2 documents; this one is used (signed last)"])
    }

    @Test func comparisonHasEveryYearAndTheLatestChange() throws {
        #expect(output.tables.years == [2021, 2022, 2023])
        let cases = try #require(output.tables.comparison.first { $0.township == "石桥镇" && $0.indicator == "cases" })
        #expect(cases.values == [2021: 120, 2022: 150, 2023: 90])
        #expect(cases.change == -60)
        #expect(cases.changePercent == -40)
        let rate = try #require(output.tables.comparison.first { $0.township == "石桥镇" && $0.indicator == "rate" })
        #expect(abs((rate.change ?? 0) - 2.2) < 1e-9 && rate.values[2023] == nil)  // previous reported year: 2021 → 2022
        let single = try #require(output.tables.comparison.first { $0.township == "白沙乡" && $0.indicator == "cases" })
        #expect(single.change == nil && single.changePercent == nil)
    }

    @Test func countyRollupsSumCountsAndAverageRates() throws {
        let rollup = output.tables.countyRollup.filter { $0.year == 2023 }.map { "\($0.indicator) \($0.townships) \(NumberText.format($0.value)) \($0.aggregation.rawValue)" }
        #expect(rollup == ["cases 2 130 sum", "petitions 1 51 sum"])
        let rate = try #require(output.tables.countyRollup.first { $0.year == 2021 && $0.indicator == "rate" })
        #expect(rate.aggregation == .mean)
    }

    @Test func coverageCountsDocumentsThatStateEachIndicator() {
        #expect(output.tables.coverage.map { "\($0.indicator) \($0.stated)/\($0.documents)" } == ["cases 5/5", "rate 2/5", "petitions 1/5"])
    }

    @Test func aZeroPreviousValueHasNoPercentChange() throws {
        let docs = [Self.document("x1", "甲镇", 2021, [Self.mention("cases", 0)]), Self.document("x2", "甲镇", 2022, [Self.mention("cases", 5)])]
        let row = try #require(try AggregateStage.aggregate(docs, catalogue: Self.catalogue, upstreamProblems: [], logger: Logger(label: "t")).tables.comparison.first)
        #expect(row.change == 5 && row.changePercent == nil)
    }
}
