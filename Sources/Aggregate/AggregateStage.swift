import Extract
import Foundation
import Logging
import PipelineCore

/// aggregate: township-year values, panel, multi-year comparison, county
/// roll-ups and coverage from the extract artifact.
public enum AggregateStage {
    public struct Output: Sendable {
        public var tables: AggregateTables
        public var problems: [Problem]
    }

    public static func run(_ documents: [ExtractedDocument], catalogue: Catalogue, upstreamProblems: [Problem],
                           logger: Logger) -> Output {
        var values: [String: [DocumentValue]] = [:]
        var allValues: [DocumentValue] = []
        var evidence: [EvidenceRow] = []
        for document in documents {
            let picked = ValuePicker.values(for: document, catalogue: catalogue)
            values[document.document] = picked.values
            allValues.append(contentsOf: picked.values)
            evidence.append(contentsOf: document.mentions.enumerated().map { index, mention in
                EvidenceRow(document: document.document, mention: mention, chosen: picked.chosen.contains(index))
            })
        }
        let (panel, conflicts) = PanelBuilder.build(documents, values: values)
        let tables = AggregateTables(
            indicators: catalogue.indicators.map { indicator in
                IndicatorInfo(id: indicator.id, zh: indicator.zh, en: indicator.en, unit: indicator.unit.rawValue,
                              rule: indicator.rule.rawValue, ruleNote: indicator.ruleNote)
            },
            documents: documents.map(\.facts),
            compliance: documents.compactMap { document in
                document.compliance.map {
                    ComplianceRow(document: document.document, township: document.facts.metadata.township,
                                  year: document.facts.metadata.reportYear, compliance: $0)
                }
            },
            values: allValues, evidence: evidence, panel: panel,
            years: Array(Set(panel.map(\.year))).sorted(),
            comparison: ComparisonBuilder.comparison(panel, catalogue: catalogue),
            countyRollup: ComparisonBuilder.countyRollup(panel, catalogue: catalogue),
            coverage: ComparisonBuilder.coverage(documents, values: values, catalogue: catalogue))
        logger.info("aggregate: \(allValues.count) values, \(panel.count) township-years, \(tables.years.count) years")
        return Output(tables: tables, problems: upstreamProblems + conflicts)
    }
}
