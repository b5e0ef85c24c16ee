import Foundation
import Logging
import Normalize
import PipelineCore

/// extract: indicator mentions with evidence and the compliance checklist
/// for every normalized document. Reads only the normalize artifact and the
/// catalogue, so a catalogue edit reruns from here; with the same catalogue,
/// unchanged documents keep their stored record.
public enum ExtractStage {
    public static func run(catalogue: Catalogue, store: ArtifactStore, options: StageRunOptions,
                           manifest: StageManifest, logger: Logger) throws -> StageReport {
        let upstream = try store.records(of: .normalize, for: .extract)
        let compiled = CompiledCatalogue(catalogue)
        let pending = upstream.entries.indices.map { index in
            let entry = upstream.entries[index]
            return PendingDocument(key: DocumentStage.key(.extract, configuration: catalogue.sourceHash, upstream: entry.key),
                                   document: entry.document, source: index)
        }
        let report = try DocumentStage.run(.extract, store: store, pending: pending, options: options, manifest: manifest,
                                           makeWorker: { DocumentExtractor(catalogue: compiled) }) { extractor, index in
            let document = try upstream.decode(NormalizedDocument.self, at: index)
            return (extract(document, with: extractor), upstream.entries[index].problems)
        }
        try store.writeRunProblems(try store.readProblems(from: .normalize, for: .extract), for: .extract)
        logger.info("extract: \(report.processed) documents searched for \(catalogue.indicators.count) indicators, \(report.reused) unchanged")
        return report
    }

    static func extract(_ document: NormalizedDocument, with extractor: DocumentExtractor) -> ExtractedDocument {
        let readable = document.source.failure == nil
        return ExtractedDocument(facts: document.facts,
                                 mentions: readable ? extractor.mentions(in: document) : [],
                                 compliance: readable ? Compliance(sections: document.sections) : nil)
    }
}
