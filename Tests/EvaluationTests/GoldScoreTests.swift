import Aggregate
import Normalize
import Testing
@testable import Evaluation

@Suite struct GoldScoreTests {
    func value(_ document: String, _ indicator: String, _ value: Double) -> DocumentValue {
        DocumentValue(document: document, township: nil, county: nil, province: nil, year: nil, indicator: indicator,
                      value: value, unit: "件", qualifier: .exact, mentions: 1, evidence: "", offset: 0)
    }

    let gold: [[String: String]] = [
        ["doc": "a", "indicator": "cases", "value": "33", "qualifier": "exact"],
        ["doc": "a", "indicator": "materials", "value": "5000", "qualifier": "over"],
        ["doc": "a", "indicator": "events", "value": "", "qualifier": "ambiguous"],
        ["doc": "b", "indicator": "cases", "value": "10", "qualifier": ""],
    ]

    @Test func scoresLikeTheSharedScorer() {
        let score = GoldScore(goldRows: gold, values: [
            value("dir/a.txt", "cases", 33),            // hit
            value("a", "materials", 5000),               // value hit, qualifier wrong
            value("a", "events", 6),                     // ambiguous: ignored
            value("a", "reach", 100),                    // extra
            value("c", "cases", 1),                      // document not in gold: not scored
        ])
        #expect(score.total == .init(gold: 3, system: 3, valueHits: 2, strictHits: 1))
        let strict = GoldScore.prf(score.total, strict: true)
        #expect(abs(strict.precision - 1.0 / 3) < 1e-9 && abs(strict.recall - 1.0 / 3) < 1e-9)
        #expect(score.report.hasSuffix("strict: P=0.333 R=0.333 F1=0.333 (gold 3, system 3)"))
        #expect(score.misses.contains("missed b cases: gold=10 exact"))
        #expect(score.misses.contains { $0.hasPrefix("extra a reach") })
    }

    @Test func listedDocumentsCountTheirEveryValue() {
        let score = GoldScore(goldRows: gold, values: [value("c", "cases", 1)], documents: ["c.txt"])
        #expect(score.total.system == 1 && score.total.strictHits == 0)
    }
}
