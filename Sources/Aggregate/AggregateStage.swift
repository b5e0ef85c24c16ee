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

    /// Reads every extract record (and the run-level problems carried with
    /// them), aggregates, and stores `tables.json` with all problems.
    /// Also returns the tables, so a whole run hands them to export without
    /// reading back the file it has just written.
    public static func run(catalogue: Catalogue, store: ArtifactStore, options: StageRunOptions, manifest: StageManifest,
                           logger: Logger) throws -> (report: StageReport, tables: AggregateTables) {
        let upstream = try store.records(of: .extract, for: .aggregate)
        let documents = try upstream.decodeAll(ExtractedDocument.self, jobs: options.jobs)
        let runProblems = try store.readProblems(from: .extract, for: .aggregate)
        let output = try aggregate(documents, catalogue: catalogue, upstreamProblems: runProblems + upstream.problems,
                                   jobs: options.jobs, logger: logger)
        try store.write(tables: output.tables.jsonMembers, problems: output.problems, for: .aggregate, manifest: manifest,
                        jobs: options.jobs)
        return (StageReport(stage: .aggregate, processed: documents.count, reused: 0, problems: output.problems), output.tables)
    }

    static func aggregate(_ documents: [ExtractedDocument], catalogue: Catalogue, upstreamProblems: [Problem],
                          jobs: Int = 1, logger: Logger) throws -> Output {
        // Documents are picked independently, on every core; the rows keep the document order.
        let picks = try parallelMap(documents, jobs: jobs, makeWorker: { () }) { _, document in
            let picked = ValuePicker.values(for: document, catalogue: catalogue)
            let evidence = document.mentions.enumerated().map { index, mention in
                EvidenceRow(document: document.document, mention: mention, chosen: picked.chosen.contains(index))
            }
            return (values: picked.values, evidence: evidence)
        }
        var values: [String: [DocumentValue]] = [:]
        values.reserveCapacity(documents.count)
        for (document, pick) in zip(documents, picks) { values[document.document] = pick.values }
        let allValues = picks.flatMap(\.values)
        let evidence = picks.flatMap(\.evidence)
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
