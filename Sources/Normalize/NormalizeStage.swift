import Foundation
import Logging
import PipelineCore

/// normalize: traditional → simplified, width folding, spacing, page
/// furniture, broken lines, metadata and sections, for every ingested
/// document. Reads only the ingest artifact.
public enum NormalizeStage {
    public struct Output: Sendable {
        public var documents: [NormalizedDocument]
        public var problems: [Problem]
    }

    public static func run(_ ingested: [IngestedDocument], upstreamProblems: [Problem],
                           jobs: Int, logger: Logger) throws -> Output {
        let documents = try parallelMap(ingested, jobs: jobs, makeWorker: { try NormalizeChain() }) { chain, source in
            chain.document(from: source)
        }
        var problems = upstreamProblems
        for document in documents where document.source.failure == nil {
            problems.append(contentsOf: missingMetadata(document))
        }
        logger.info("normalize: \(documents.count) documents, \(documents.filter { $0.script == .traditional }.count) traditional")
        return Output(documents: documents, problems: problems)
    }

    /// A report whose township or year cannot be told cannot be placed in the panel.
    static func missingMetadata(_ document: NormalizedDocument) -> [Problem] {
        var missing: [String] = []
        if document.metadata.township == nil { missing.append("township") }
        if document.metadata.reportYear == nil { missing.append("report year") }
        guard !missing.isEmpty else { return [] }
        return [Problem(document: document.document, severity: .warning, stage: .normalize,
                        message: "\(document.source.sourcePath): no \(missing.joined(separator: " or ")) found in the text; add it to manifest.csv")]
    }
}
