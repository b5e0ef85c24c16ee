import Foundation

/// fazhi's version: part of every stage fingerprint, so a new build redoes its work.
public enum FazhiVersion {
    public static let current = "0.4.4"
}

/// How a stage is asked to run.
public struct StageRunOptions: Sendable {
    public var force: Bool
    public var jobs: Int
    public var progress: (any ProgressObserver)?

    public init(force: Bool, jobs: Int, progress: (any ProgressObserver)? = nil) {
        self.force = force
        self.jobs = jobs
        self.progress = progress
    }
}

/// Told how far a stage has got (the executable draws a bar on a terminal).
public protocol ProgressObserver: Sendable {
    func begin(_ stage: StageName, total: Int)
    func advance(_ stage: StageName)
}

/// What a stage run did, for the summary line.
public struct StageReport: Sendable, Equatable {
    public var stage: StageName
    /// Documents worked on, and carried forward unchanged.
    public var processed: Int
    public var reused: Int
    /// Every problem known after the stage (upstream ones included).
    public var problems: [Problem]
    /// The stage was up to date and did no work.
    public var skipped: Bool

    public init(stage: StageName, processed: Int, reused: Int, problems: [Problem], skipped: Bool = false) {
        self.stage = stage
        self.processed = processed
        self.reused = reused
        self.problems = problems
        self.skipped = skipped
    }
}

/// One document waiting for a per-document stage: its key (what its record
/// is made from) and what the stage reads to make it.
public struct PendingDocument<Source: Sendable>: Sendable {
    public var key: String
    public var document: String
    public var source: Source

    public init(key: String, document: String, source: Source) {
        self.key = key
        self.document = document
        self.source = source
    }
}

/// Runs a per-document stage incrementally: a document whose key the stage
/// already has a record for is carried forward as stored; the others are
/// transformed on `jobs` threads. Records keep the input order.
public enum DocumentStage {
    /// Documents made per parallel round before their records are encoded.
    static let chunkSize = 512

    public static func run<Source: Sendable, Record: Encodable & Sendable, Worker>(
        _ stage: StageName, store: ArtifactStore, pending: [PendingDocument<Source>], options: StageRunOptions,
        manifest: StageManifest, makeWorker: @Sendable () throws -> Worker,
        transform: @Sendable (inout Worker, Source) throws -> (Record, [Problem])
    ) throws -> StageReport {
        // Stored records are carried forward only when their manifest says they are whole,
        // and while blobs.bin is not mostly the texts of records replaced since.
        let stored = options.force ? nil : store.manifest(for: stage)
        let blobsNow = store.blobsSize(for: stage)
        let baseline = stored?.blobsAfterFullWrite ?? blobsNow
        let trusted = stored != nil && !Self.outgrown(blobs: blobsNow, afterFullWrite: baseline)
        let previous = trusted ? ((try? store.records(of: stage, for: stage))?.byKey ?? [:]) : [:]
        let todo = Set(pending.indices.filter { previous[pending[$0].key] == nil })
        options.progress?.begin(stage, total: todo.count)
        var manifest = manifest
        manifest.blobsAfterFullWrite = baseline  // the writer replaces it when it writes every record anew
        let writer = try store.recordsWriter(for: stage, fresh: todo.count == pending.count)
        var problems: [Problem] = []
        let path = store.recordsFile(for: stage).path
        // In chunks, in input order, so memory holds one chunk of made records, not all of them.
        for chunk in stride(from: 0, to: pending.count, by: chunkSize).map({ $0..<min($0 + chunkSize, pending.count) }) {
            let work = chunk.filter { todo.contains($0) }
            let made = try parallelMap(work, jobs: options.jobs, makeWorker: makeWorker) { worker, index in
                defer { options.progress?.advance(stage) }
                return Result { () throws -> (StageRecordsWriter.EncodedRecord, [Problem]) in
                    let (record, problems) = try transform(&worker, pending[index].source)
                    return (try StageRecordsWriter.encode(record, path: path), problems)
                }
            }
            var results: [Int: (StageRecordsWriter.EncodedRecord, [Problem])] = [:]
            for (index, result) in zip(work, made) { results[index] = try result.get() }
            for index in chunk {
                let item = pending[index]
                if let (record, recordProblems) = results[index] {
                    try writer.append(record, key: item.key, document: item.document, problems: recordProblems)
                    problems.append(contentsOf: recordProblems)
                } else if let entry = previous[item.key] {
                    try writer.carry(entry)
                    problems.append(contentsOf: entry.problems)
                }
            }
        }
        try writer.commit(manifest: manifest)
        return StageReport(stage: stage, processed: todo.count, reused: pending.count - todo.count, problems: problems)
    }

    /// blobs.bin has doubled since every record was last written anew (and by
    /// at least a megabyte): redoing all documents then costs one cold stage
    /// run and keeps a nightly job's artifacts from growing without end.
    static func outgrown(blobs: Int, afterFullWrite baseline: Int) -> Bool {
        blobs > 2 * baseline && blobs - baseline > 1 << 20
    }

    /// A record key: the stage, its format and configuration, and the key of what it reads.
    public static func key(_ stage: StageName, configuration: String, upstream: String) -> String {
        ContentHash.sha256([stage.rawValue, String(StageManifest.formatVersion), FazhiVersion.current, configuration, upstream]
            .joined(separator: "\u{1F}"))
    }
}
