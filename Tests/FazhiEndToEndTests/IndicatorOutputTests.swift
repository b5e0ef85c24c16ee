import Foundation
import Testing

/// The indicator outputs over the sample reports and the multi-year fixture.
@Suite(.serialized) struct IndicatorOutputTests {
    static let fixtures = FazhiProcess.fixtures

    @Test func sampleReportsScoreAgainstTheirGold() throws {
        let out = try FazhiProcess.temporaryFolder("gold-values")
        #expect(try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: out).status == 0)
        let eval = try FazhiProcess.run(["eval", "--gold", Self.fixtures.appendingPathComponent("seeds-gold.csv").path,
                                         "--input", FazhiProcess.sampleReports.path, "--out", out.path, "--quiet"])
        #expect(eval.status == 0, "\(eval.stderr)")
        let strict = try #require(eval.stdout.split(separator: "\n").last { $0.hasPrefix("strict:") })
        let f1 = try #require(Double(strict.split(separator: "F1=")[1].prefix(5)))
        #expect(f1 >= 0.95, "\(eval.stdout)")

        let compliance = Dictionary(uniqueKeysWithValues: try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/compliance.csv")).map { ($0["document"]!, $0) })
        for gold in try FazhiProcess.csvRows(Self.fixtures.appendingPathComponent("seeds-sections.csv")) {
            for (field, expected) in gold where field != "doc" && !expected.isEmpty {
                #expect(compliance[gold["doc"]!]?[field] == expected, "\(gold["doc"]!) \(field)")
            }
        }
    }

    @Test func aTownshipInThreeYearsIsComparedYearByYear() throws {
        let out = try FazhiProcess.temporaryFolder("multiyear")
        let result = try FazhiProcess.stage("run", input: Self.fixtures.appendingPathComponent("multiyear"), out: out)
        #expect(result.status == 0, "\(result.stderr)")
        let folder = out.appendingPathComponent("rule-of-law")
        let panel = try FazhiProcess.csvRows(folder.appendingPathComponent("panel.csv"))
        #expect(panel.map { "\($0["township"]!) \($0["year"]!) \($0["mediation_cases"]!)" } == ["白沙乡 2023 40", "石桥镇 2021 120", "石桥镇 2022 150", "石桥镇 2023 90"])
        #expect(try FazhiProcess.header(folder.appendingPathComponent("comparison.csv")) == "township,county,indicator,2021,2022,2023,change,change_pct")
        let comparison = Dictionary(uniqueKeysWithValues: try FazhiProcess.csvRows(folder.appendingPathComponent("comparison.csv"))
            .filter { $0["township"] == "石桥镇" }.map { ($0["indicator"]!, $0) })
        func line(_ id: String) -> String? {
            comparison[id].map { row in ["2021", "2022", "2023", "change", "change_pct"].map { row[$0]! }.joined(separator: " ") }
        }
        #expect(line("mediation_cases") == "120 150 90 -60 -40")          // 较上年的150起 is last year's, not this year's
        #expect(line("mediation_success_rate") == "95.8 98 100 2 2.04")
        #expect(line("disclosure_requests") == "4 0 2 2 ")                 // 未收到…申请 is 0; no % change from 0
        #expect(line("law_study_sessions") == " 6 8 2 33.33")
        #expect(line("publicity_events") == "12 18 24 6 33.33")             // plans (20, 30 场次) never count
        let rollup = try FazhiProcess.csvRows(folder.appendingPathComponent("county_rollup.csv"))
        #expect(rollup.first { $0["year"] == "2023" && $0["indicator"] == "mediation_cases" }.map { "\($0["townships"]!) \($0["value"]!)" } == "2 130")
    }
}
