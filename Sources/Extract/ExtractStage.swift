import Foundation
import Logging
import Normalize
import PipelineCore

/// extract: indicator mentions with evidence and the compliance checklist
/// for every normalized document. Reads only the normalize artifact and the
/// catalogue, so a catalogue edit reruns from here.
public enum ExtractStage {
    public struct Output: Sendable {
        public var documents: [ExtractedDocument]
        public var problems: [Problem]
    }

    public static func run(_ documents: [NormalizedDocument], catalogue: Catalogue, upstreamProblems: [Problem],
                           jobs: Int, logger: Logger) throws -> Output {
        let compiled = CompiledCatalogue(catalogue)
        let extracted = try parallelMap(documents, jobs: jobs, makeWorker: { DocumentExtractor(catalogue: compiled) }) { extractor, document in
            let readable = document.source.failure == nil
            return ExtractedDocument(facts: document.facts,
                                     mentions: readable ? extractor.mentions(in: document) : [],
                                     compliance: readable ? Compliance(sections: document.sections) : nil)
        }
        let count = extracted.reduce(0) { $0 + $1.mentions.count }
        logger.info("extract: \(count) mentions of \(catalogue.indicators.count) indicators in \(documents.count) documents")
        return Output(documents: extracted, problems: upstreamProblems)
    }
}
