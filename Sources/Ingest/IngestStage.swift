import Foundation
import Logging
import PipelineCore

/// ingest: every file under the input folder becomes an `IngestedDocument`
/// (decoded text or the reason it has none). One unreadable file never stops
/// the others. Files whose size and modification time are unchanged keep
/// their stored record.
public enum IngestStage {
    /// The files to read, and the fingerprint of the whole input (every
    /// file's path, size and time, and the manifest).
    public struct Plan: Sendable {
        let files: [PendingDocument<Source>]
        let manifestProblems: [Problem]
        public let fingerprint: String
        public var count: Int { files.count }
    }

    struct Source: Sendable {
        let file: ReportFile
        let declared: DocumentMetadata
        /// The earlier file with the same document id, when there is one.
        let duplicateOf: String?
    }

    public static func plan(input: URL) throws -> Plan {
        let files: [ReportFile]
        do {
            files = try ReportFile.all(under: input)
        } catch {
            throw PipelineError.inputFolderMissing(path: input.path)
        }
        let manifestURL = input.appendingPathComponent(ReportFile.manifestName)
        let manifest = Manifest(contentsOf: manifestURL)
        var seen: [String: String] = [:]
        let pending = files.map { file -> PendingDocument<Source> in
            let declared = manifest.overrides(for: file.documentID)
            let duplicateOf = seen[file.documentID]
            if duplicateOf == nil { seen[file.documentID] = file.relativePath }
            let declaredFields = [declared.township, declared.county, declared.province, declared.reportYear.map(String.init),
                                  declared.issued, declared.docNumber].map { $0 ?? "" }
            // A format read by an outside tool is read again once the tool is installed or moved.
            let tool = DocumentFormat(fileExtension: file.fileExtension)?.tool.map { "\($0.command):\($0.path ?? "missing")" } ?? ""
            let key = DocumentStage.key(.ingest, configuration: "",
                                        upstream: ([file.relativePath, file.stamp, duplicateOf ?? "", tool] + declaredFields)
                                            .joined(separator: "\u{1F}"))
            let document = duplicateOf == nil ? file.documentID : file.documentID + "." + file.fileExtension
            return PendingDocument(key: key, document: document,
                                   source: Source(file: file, declared: declared, duplicateOf: duplicateOf))
        }
        let manifestHash = (try? Data(contentsOf: manifestURL)).map(ContentHash.sha256) ?? "none"
        let fingerprint = ContentHash.sha256(([manifestHash] + pending.map(\.key)).joined(separator: "\n"))
        return Plan(files: pending, manifestProblems: manifest.problems, fingerprint: fingerprint)
    }

    public static func run(_ plan: Plan, store: ArtifactStore, options: StageRunOptions, manifest: StageManifest,
                           logger: Logger) throws -> StageReport {
        var report = try DocumentStage.run(.ingest, store: store, pending: plan.files, options: options, manifest: manifest,
                                           makeWorker: { try FormatReader() }) { reader, source in
            let document = read(source, with: reader)
            let problems = document.failure.map {
                [Problem(document: document.document, severity: .error, stage: .ingest, message: "\(document.sourcePath): \($0)")]
            } ?? []
            return (document, problems)
        }
        try store.writeRunProblems(plan.manifestProblems, for: .ingest)
        report.problems = plan.manifestProblems + report.problems
        logger.info("ingest: \(report.processed) files read, \(report.reused) unchanged")
        return report
    }

    /// Larger files are refused unread: a report's text is tens of
    /// kilobytes, and reading a stray 200 MB dump would cost the whole run
    /// its memory. Word and PDF files carry photos, so they may be larger
    /// (a .docx part is limited again when unpacked).
    static func maximumBytes(for format: DocumentFormat?) -> Int {
        switch format {
        case .docx, .pdf, .legacyWord: return 256 * 1_048_576
        case .text, .html, nil: return 32 * 1_048_576
        }
    }

    static func read(_ source: Source, with reader: FormatReader) -> IngestedDocument {
        let file = source.file
        var document = IngestedDocument(
            document: file.documentID, sourcePath: file.relativePath, sha256: "",
            format: DocumentFormat.recordedName(of: file.fileExtension), encoding: nil, text: nil,
            declared: source.declared, failure: nil)
        if let first = source.duplicateOf {
            document.document += "." + file.fileExtension
            document.failure = "same document id as \(first); rename one of them"
            return document
        }
        let format = DocumentFormat(fileExtension: file.fileExtension)
        let limit = maximumBytes(for: format)
        if let size = file.size, size > limit {
            document.failure = IngestError.tooLarge(bytes: size, limit: limit).description
            return document
        }
        let data: Data
        do {
            data = try Data(contentsOf: file.url)
        } catch {
            document.failure = IngestError.unreadable(reason: readFailure(file.url, error)).description
            return document
        }
        document.sha256 = ContentHash.sha256(data)
        guard let format else {
            document.failure = IngestError.unsupportedFormat(file.fileExtension).description
            return document
        }
        do {
            guard !data.isEmpty else { throw IngestError.emptyFile }
            let read = try reader.read(data, format: format, file: file.url)
            document.text = read.text
            document.encoding = read.encoding
            document.embedded = read.embedded
            document.published = read.published
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
}
