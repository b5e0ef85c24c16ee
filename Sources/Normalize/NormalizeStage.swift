import Foundation
import Logging
import PipelineCore

/// normalize: traditional → simplified, width folding, spacing, page
/// furniture, broken lines, metadata and sections, for every ingested
/// document. Reads only the ingest artifact; documents whose ingest record
/// is unchanged keep their stored record.
public enum NormalizeStage {
    public static func run(store: ArtifactStore, options: StageRunOptions, manifest: StageManifest,
                           logger: Logger) throws -> StageReport {
        let upstream = try store.records(of: .ingest, for: .normalize)
        let pending = upstream.entries.indices.map { index in
            let entry = upstream.entries[index]
            return PendingDocument(key: DocumentStage.key(.normalize, configuration: "", upstream: entry.key),
                                   document: entry.document, source: index)
        }
        let report = try DocumentStage.run(.normalize, store: store, pending: pending, options: options, manifest: manifest,
                                           makeWorker: { try NormalizeChain() }) { chain, index in
            let document = chain.document(from: try upstream.decode(IngestedDocument.self, at: index))
            return (document, upstream.entries[index].problems + missingMetadata(document))
        }
        try store.writeRunProblems(try store.readProblems(from: .ingest, for: .normalize), for: .normalize)
        logger.info("normalize: \(report.processed) documents normalized, \(report.reused) unchanged")
        return report
    }

    /// Every rule-of-law report speaks of 法治 or 依法; a text that does not is
    /// some other document that landed in the folder. (Searched as UTF-8
    /// bytes: the text is already a String, no need to split it into scalars.)
    private static let reportWords = ["法治", "依法", "法制"].map { Array($0.utf8) }

    static func looksLikeReport(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            reportWords.contains { word in
                guard bytes.count >= word.count else { return false }
                return (0...(bytes.count - word.count)).contains { start in
                    bytes[start] == word[0] && word.indices.allSatisfy { bytes[start + $0] == word[$0] }
                }
            }
        }
    }

    /// A report whose township or year cannot be told cannot be placed in the
    /// panel; a text that is no report at all is said to be one.
    static func missingMetadata(_ document: NormalizedDocument) -> [Problem] {
        guard document.source.failure == nil else { return [] }
        if !looksLikeReport(document.text) {
            return [Problem(document: document.document, severity: .warning, stage: .normalize,
                            message: "\(document.source.sourcePath): does not look like a rule-of-law report (no 法治/依法 in the text); check that it belongs in the input folder")]
        }
        var missing: [String] = []
        if document.metadata.township == nil { missing.append("township") }
        if document.metadata.reportYear == nil { missing.append("report year") }
        guard !missing.isEmpty else { return [] }
        return [Problem(document: document.document, severity: .warning, stage: .normalize,
                        message: "\(document.source.sourcePath): no \(missing.joined(separator: " or ")) found in the text; add it to manifest.csv")]
    }
}
