import Foundation
import Testing
@testable import Extract

@Suite struct CatalogueLoaderTests {
    static let specIDs = [
        "mediation_cases", "mediation_resolved", "mediation_success_rate", "disputes_screened", "petitions_received",
        "disclosure_proactive", "disclosure_requests", "disclosure_response_rate", "admin_litigation_cases",
        "admin_reconsideration_cases", "head_court_appearance_rate", "enforcement_cases", "normative_docs_reviewed",
        "contracts_reviewed", "legal_opinions", "law_study_sessions", "publicity_events", "publicity_materials",
        "publicity_reach", "legal_consultations", "legal_aid_cases", "npc_proposals_handled", "cppcc_proposals_handled",
        "procuratorial_suggestions",
    ]

    @Test func theProjectCatalogueHasEverySpecIndicator() {
        let catalogue = ExtractFixture.catalogue
        #expect(catalogue.indicators.map(\.id) == Self.specIDs)
        #expect(catalogue.indicators.allSatisfy { !$0.zh.isEmpty && !$0.en.isEmpty && !$0.ruleNote.isEmpty })
        #expect(catalogue.indicator("mediation_success_rate")?.unit == .percent)
        #expect(catalogue.indicator("mediation_cases")?.sections.contains(.nextYearPlan) == false)
    }

    func error(_ yaml: String) -> CatalogueError? {
        #expect(throws: CatalogueError.self) { try CatalogueLoader.parse(yaml, path: "c.yaml") }
        do { _ = try CatalogueLoader.parse(yaml, path: "c.yaml") } catch let error as CatalogueError { return error } catch {}
        return nil
    }

    let valid = """
    version: 1
    indicators:
      - id: cases
        zh: 案件
        en: Cases
        unit: count
        measure_words: [件]
        triggers: [办理*案件]
    """

    @Test func aMinimalCatalogueLoadsWithDefaults() throws {
        let catalogue = try CatalogueLoader.parse(valid, path: "c.yaml")
        let indicator = try #require(catalogue.indicators.first)
        #expect(indicator.window == 12 && indicator.rule == .firstTotal)
        #expect(indicator.sections == [.measuresAndResults, .chiefDuty, .other])
    }

    @Test func errorsNameTheLineAndTheReason() {
        #expect(error(valid.replacingOccurrences(of: "unit: count", with: "unit: dozen"))?.description
            == "c.yaml:6: invalid indicator catalogue: cases: unit must be count or percent, not \"dozen\"")
        #expect(error(valid + "\n  - id: cases\n    zh: x\n    en: x\n    unit: count\n    measure_words: [件]\n    triggers: [x]\n")?.description
            == "c.yaml:9: invalid indicator catalogue: id \"cases\" is already used on line 3")
        #expect(error(valid.replacingOccurrences(of: "triggers: [办理*案件]", with: "triggers: [\"*案件\"]"))?.reason
            .contains("must start and end with text") == true)
        #expect(error(valid + "\n    sections: [plans]\n")?.line == 9)
        #expect(error(valid.replacingOccurrences(of: "version: 1", with: "version: 7"))?.reason.contains("newer") == true)
        #expect(error("version: 1\nindicators: [unclosed\n")?.reason.contains("not valid YAML") == true)
        #expect(error(valid.replacingOccurrences(of: "    zh: 案件\n", with: ""))?.reason == "missing key \"zh\"")
        #expect(error(valid.replacingOccurrences(of: "measure_words: [件]", with: "measure_words: [件]\n    prefer_measure_words: [起]"))?
            .reason.contains("not one of its measure_words") == true)
        #expect(error(valid + "\n    states_full: [全覆盖]\n")?.reason == "cases: states_full is for percentages")
        #expect(error(valid + "\n    verbs_after_count: [化解]\n")?.reason == "cases: verbs_after_count needs count_before")
        #expect(error(valid + "\n    verbs_after_count: [化解]\n    count_before: nothing\n")?.reason
            == "cases: count_before names no indicator \"nothing\"")
        #expect(error(valid + "\n    verbs_after_count: [化解]\n    count_before: [cases, nothing]\n")?.reason
            == "cases: count_before names no indicator \"nothing\"")
    }
}
