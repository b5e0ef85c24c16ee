import Foundation
import Logging
import PipelineCore

/// ingest: every file under the input folder becomes an `IngestedDocument`
/// (decoded text or the reason it has none). One unreadable file never stops
/// the others.
public enum IngestStage {
    public struct Output: Sendable {
        public var documents: [IngestedDocument]
        public var problems: [Problem]
    }

    public static func run(input: URL, jobs: Int, logger: Logger) throws -> Output {
        let files: [ReportFile]
        do {
            files = try ReportFile.all(under: input)
        } catch {
            throw PipelineError.inputFolderMissing(path: input.path)
        }
        let manifest = Manifest(contentsOf: input.appendingPathComponent(ReportFile.manifestName))
        logger.info("ingest: \(files.count) files under \(input.path)")

        var documents = try parallelMap(files, jobs: jobs, makeWorker: { try TextDecoder() }) { decoder, file in
            read(file, with: &decoder, declared: manifest.overrides(for: file.documentID))
        }
        documents = removingDuplicateIDs(documents)
        var problems = manifest.problems
        for document in documents {
            if let failure = document.failure {
                problems.append(Problem(document: document.document, severity: .error, stage: .ingest,
                                        message: "\(document.sourcePath): \(failure)"))
            }
        }
        return Output(documents: documents, problems: problems)
    }

    static func read(_ file: ReportFile, with decoder: inout TextDecoder,
                     declared: DocumentMetadata) -> IngestedDocument {
        var document = IngestedDocument(
            document: file.documentID, sourcePath: file.relativePath, sha256: "",
            format: file.fileExtension, encoding: nil, text: nil, declared: declared, failure: nil)
        let data: Data
        do {
            data = try Data(contentsOf: file.url)
        } catch {
            document.failure = IngestError.unreadable(reason: readFailure(file.url, error)).description
            return document
        }
        document.sha256 = ContentHash.sha256(data)
        guard ReportFile.textExtensions.contains(file.fileExtension) else {
            document.failure = IngestError.unsupportedFormat(file.fileExtension).description
            return document
        }
        do {
            let decoded = try decoder.decode(data)
            document.text = decoded.text
            document.encoding = decoded.encoding
        } catch {
            document.failure = "\(error)"
        }
        return document
    }

    /// A plain-language reason for a failed read (missing target, permissions).
    private static func readFailure(_ url: URL, _ error: Error) -> String {
        if !FileManager.default.fileExists(atPath: url.path) {
            return "file or symlink target does not exist"
        }
        if !FileManager.default.isReadableFile(atPath: url.path) {
            return "permission denied"
        }
        return error.localizedDescription
    }

    /// `a.txt` and `a.md` would share the id `a`; the later one is reported, not merged.
    private static func removingDuplicateIDs(_ documents: [IngestedDocument]) -> [IngestedDocument] {
        var seen: [String: String] = [:]
        return documents.map { document in
            guard let first = seen[document.document] else {
                seen[document.document] = document.sourcePath
                return document
            }
            var duplicate = document
            duplicate.document += "." + document.format
            duplicate.text = nil
            duplicate.failure = "same document id as \(first); rename one of them"
            return duplicate
        }
    }
}
