import Foundation

/// One per-document stage's stored records: JSON lines with their keys and
/// problems, read without decoding so unchanged documents can be carried
/// forward as they are, and decoded on demand (large values from blobs.bin).
public struct StageRecords: Sendable {
    public struct Entry: Sendable {
        /// Identifies the input the record was made from (content and configuration).
        public var key: String
        public var document: String
        public var problems: [Problem]
        /// The record's JSON, exactly as stored.
        public var line: Data
        /// Where the record's blobs start in blobs.bin.
        public var blobBase: Int
    }

    public let entries: [Entry]
    let blobs: BlobReader
    let path: String

    public var count: Int { entries.count }

    public func decode<Record: Decodable>(_ type: Record.Type, at index: Int) throws -> Record {
        let reader = blobs.at(base: entries[index].blobBase)
        do {
            return try JSONCursor.decode(Record.self, from: entries[index].line, blobs: reader)
        } catch {
            throw PipelineError.corruptArtifact(path: path, line: index + 1, reason: "\(error)")
        }
    }

    /// Every record decoded, on `jobs` threads.
    public func decodeAll<Record: Decodable & Sendable>(_ type: Record.Type, jobs: Int) throws -> [Record] {
        let results = try parallelMap(Array(entries.indices), jobs: jobs, makeWorker: { () }) { _, index in
            Result { try decode(Record.self, at: index) }
        }
        return try results.map { try $0.get() }
    }

    /// Entries by key, for carrying unchanged documents forward.
    public var byKey: [String: Entry] {
        Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var problems: [Problem] { entries.flatMap(\.problems) }
}

/// Builds a per-document stage's new records: carried-forward lines and
/// newly encoded records, in input order. `commit` writes blobs first, then
/// the records and index (temp file + rename), then the manifest.
public final class StageRecordsWriter {
    private let store: ArtifactStore
    private let stage: StageName
    private let blobs: BlobWriter
    private var lines = Data()
    private var index = Data()

    /// A fresh blobs.bin is written beside the old one and renamed at commit,
    /// so the stored records keep their blobs until new records replace them.
    private let freshBlobs: URL?

    init(store: ArtifactStore, stage: StageName, blobBase: Int, fresh: Bool) throws {
        self.store = store
        self.stage = stage
        let target = store.blobsFile(for: stage)
        // Fresh blob files of runs killed before their commit.
        let folder = target.deletingLastPathComponent()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasPrefix(".blobs.bin.") && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        freshBlobs = fresh ? target.deletingLastPathComponent().appendingPathComponent(".blobs.bin.\(getpid()).tmp") : nil
        blobs = try BlobWriter(url: freshBlobs ?? target, base: fresh ? 0 : blobBase)
    }

    public func carry(_ entry: StageRecords.Entry) throws {
        try add(key: entry.key, document: entry.document, problems: entry.problems, line: entry.line, blobBase: entry.blobBase)
    }

    public func append<Record: Encodable>(_ record: Record, key: String, document: String, problems: [Problem]) throws {
        try append(try Self.encode(record, path: store.recordsFile(for: stage).path), key: key, document: document, problems: problems)
    }

    /// Adds a record encoded elsewhere (on a worker thread) with `encode`.
    public func append(_ encoded: EncodedRecord, key: String, document: String, problems: [Problem]) throws {
        let base = try blobs.append(encoded.blobs)
        try add(key: key, document: document, problems: problems, line: encoded.line, blobBase: base)
    }

    /// A record's JSON line and its blobs, made independently of any file.
    public struct EncodedRecord: Sendable {
        let line: Data
        let blobs: Data
    }

    public static func encode<Record: Encodable>(_ record: Record, path: String) throws -> EncodedRecord {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let collector = BlobCollector()
        encoder.userInfo[.blobCollector] = collector
        do {
            if let writable = record as? any JSONWritable {
                var json = JSONText()
                writable.write(to: &json)
                return EncodedRecord(line: Data(try json.finished()), blobs: Data(json.blobs))
            }
            return EncodedRecord(line: try encoder.encode(record), blobs: collector.bytes)
        } catch {
            throw PipelineError.cannotWrite(path: path, reason: "\(error)")
        }
    }

    private func add(key: String, document: String, problems: [Problem], line: Data, blobBase: Int) throws {
        lines.append(line)
        lines.append(0x0A)
        index.append(Data("\(key)\t\(Self.indexField(document))\t\(blobBase)\t".utf8))
        if !problems.isEmpty { index.append(contentsOf: try problems.jsonBytes()) }
        index.append(0x0A)
    }

    public func commit(manifest: StageManifest) throws {
        try blobs.finish()
        var manifest = manifest
        if freshBlobs != nil { manifest.blobsAfterFullWrite = blobs.size }
        try store.removeManifest(for: stage)
        if let freshBlobs, rename(freshBlobs.path, store.blobsFile(for: stage).path) != 0 {
            throw PipelineError.cannotWrite(path: store.blobsFile(for: stage).path, reason: String(cString: strerror(errno)))
        }
        try AtomicFile.write(lines, to: store.recordsFile(for: stage))
        try AtomicFile.write(index, to: store.indexFile(for: stage))
        try store.writeManifest(manifest, for: stage)
    }

    /// A document id as an index field: tabs and line breaks would split the line.
    static func indexField(_ document: String) -> String {
        guard document.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A }) else { return document }
        return String(String.UnicodeScalarView(document.unicodeScalars.map { $0 == "\t" || $0 == "\n" ? " " : $0 }))
    }
}
