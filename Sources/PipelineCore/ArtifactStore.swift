import Foundation

/// Where a pipeline's stage artifacts live and how they are read and written.
///
/// Under `out/<pipeline>/stages/<stage>/`:
/// - per-document stages (ingest, normalize, extract): `records.jsonl` (one
///   JSON record per document, keys sorted, large values as references),
///   `records.index` (`key TAB document TAB blob-base TAB problems-JSON` per
///   record, same order), `blobs.bin` (append-only raw bytes: texts, offset
///   maps; a record's blob references count from its blob base);
/// - aggregate: `tables.json` and `problems.jsonl`;
/// - every stage: `stage.json`, the manifest with its fingerprint, written last.
/// Files are written to a temp file and renamed; blobs are appended and
/// synced before any record points at them.
public struct ArtifactStore: Sendable {
    public let root: URL

    /// - Parameter pipelineOutput: `out/<pipeline>`.
    public init(pipelineOutput: URL) {
        self.root = pipelineOutput.appendingPathComponent("stages", isDirectory: true)
    }

    public func folder(for stage: StageName) -> URL {
        root.appendingPathComponent(stage.rawValue, isDirectory: true)
    }

    public func recordsFile(for stage: StageName) -> URL { folder(for: stage).appendingPathComponent("records.jsonl") }
    public func indexFile(for stage: StageName) -> URL { folder(for: stage).appendingPathComponent("records.index") }
    public func blobsFile(for stage: StageName) -> URL { folder(for: stage).appendingPathComponent("blobs.bin") }
    public func tablesFile(for stage: StageName) -> URL { folder(for: stage).appendingPathComponent("tables.json") }
    public func problemsFile(for stage: StageName) -> URL { folder(for: stage).appendingPathComponent("problems.jsonl") }
    public func manifestFile(for stage: StageName) -> URL { folder(for: stage).appendingPathComponent("stage.json") }

    // MARK: Manifests

    public func manifest(for stage: StageName) -> StageManifest? {
        guard let data = try? Data(contentsOf: manifestFile(for: stage)) else { return nil }
        return try? JSONDecoder().decode(StageManifest.self, from: data)
    }

    func writeManifest(_ manifest: StageManifest, for stage: StageName) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try AtomicFile.write(try encoder.encode(manifest), to: manifestFile(for: stage))
    }

    /// Removed before a stage rewrites its files, so a run killed halfway is
    /// never mistaken for an up-to-date stage.
    func removeManifest(for stage: StageName) throws {
        let url = manifestFile(for: stage)
        if FileManager.default.fileExists(atPath: url.path) {
            do { try FileManager.default.removeItem(at: url) } catch {
                throw PipelineError.cannotWrite(path: url.path, reason: error.localizedDescription)
            }
        }
    }

    /// Whether `stage` must run, and why.
    public func status(of stage: StageName, fingerprint: String, outputs: [URL], force: Bool) -> StageStatus {
        if force { return .forced }
        guard let stored = manifest(for: stage) else { return .neverRun }
        if stored.format != StageManifest.formatVersion { return .definitionChanged }
        if let missing = outputs.first(where: { !FileManager.default.fileExists(atPath: $0.path) }) { return .outputMissing(missing.path) }
        return stored.fingerprint == fingerprint ? .upToDate : .inputChanged
    }

    /// For stages that write only outputs (export): the manifest, written after them.
    public func recordCompletion(_ manifest: StageManifest, for stage: StageName) throws {
        try FileManager.default.createDirectory(at: folder(for: stage), withIntermediateDirectories: true)
        try writeManifest(manifest, for: stage)
    }

    /// For stages that write only outputs (export): removed before they start.
    public func forgetCompletion(of stage: StageName) throws {
        try removeManifest(for: stage)
    }

    // MARK: Per-document records

    /// The stored records of `producer`, for `consumer`; a missing artifact
    /// is an error naming the file and the command that makes it.
    public func records(of producer: StageName, for consumer: StageName) throws -> StageRecords {
        let recordsURL = recordsFile(for: producer)
        let indexURL = indexFile(for: producer)
        guard FileManager.default.fileExists(atPath: recordsURL.path), FileManager.default.fileExists(atPath: indexURL.path) else {
            throw PipelineError.missingArtifact(stage: consumer, path: recordsURL.path, producer: producer)
        }
        let lines = try read(recordsURL).nonEmptyLines()
        let index = try read(indexURL).nonEmptyLines()
        guard lines.count == index.count else {
            throw PipelineError.corruptArtifact(path: indexURL.path, line: min(lines.count, index.count) + 1,
                                                reason: "\(index.count) index lines for \(lines.count) records")
        }
        var entries: [StageRecords.Entry] = []
        entries.reserveCapacity(lines.count)
        for (number, (line, indexLine)) in zip(lines, index).enumerated() {
            let fields = indexLine.split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let blobBase = Int(String(decoding: fields[2], as: UTF8.self)) else {
                throw PipelineError.corruptArtifact(path: indexURL.path, line: number + 1, reason: "expected key, document, blob base and problems")
            }
            var problems: [Problem] = []
            if !fields[3].isEmpty {
                do { problems = try JSONCursor.read(Data(fields[3])) { try $0.values(Problem.self, blobs: nil) } } catch {
                    throw PipelineError.corruptArtifact(path: indexURL.path, line: number + 1, reason: "\(error)")
                }
            }
            entries.append(StageRecords.Entry(key: String(decoding: fields[0], as: UTF8.self),
                                              document: String(decoding: fields[1], as: UTF8.self),
                                              problems: problems, line: line, blobBase: blobBase))
        }
        return StageRecords(entries: entries, blobs: try BlobReader(url: blobsFile(for: producer)), path: recordsURL.path)
    }

    /// A writer for `stage`'s new records. Blobs go after the end of
    /// blobs.bin; `fresh` (no record is carried forward) starts a new file,
    /// which also drops the garbage earlier runs left.
    public func recordsWriter(for stage: StageName, fresh: Bool) throws -> StageRecordsWriter {
        try FileManager.default.createDirectory(at: folder(for: stage), withIntermediateDirectories: true)
        return try StageRecordsWriter(store: self, stage: stage, blobBase: blobsSize(for: stage), fresh: fresh)
    }

    /// Bytes of `stage`'s blobs.bin: where new blobs go.
    public func blobsSize(for stage: StageName) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: blobsFile(for: stage).path)[.size] as? Int) ?? 0
    }

    // MARK: Run-level problems (not about one record: manifest.csv, duplicates)

    public func writeRunProblems(_ problems: [Problem], for stage: StageName) throws {
        var lines = Data()
        for problem in problems {
            lines.append(contentsOf: try problem.jsonBytes())
            lines.append(0x0A)
        }
        try AtomicFile.write(lines, to: problemsFile(for: stage))
    }

    // MARK: Tables (aggregate)

    /// Writes a stage's single JSON object (encoded on `jobs` threads) and
    /// its problems, then its manifest.
    public func write(tables: [JSONMember], problems: [Problem], for stage: StageName, manifest: StageManifest,
                      jobs: Int) throws {
        try removeManifest(for: stage)
        try writeRunProblems(problems, for: stage)
        try SlicedJSONWriter.write(tables, to: tablesFile(for: stage), jobs: jobs)
        try writeManifest(manifest, for: stage)
    }

    public func readTables<Tables: Decodable>(_ type: Tables.Type, from producer: StageName,
                                              for consumer: StageName) throws -> Tables {
        let url = tablesFile(for: producer)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PipelineError.missingArtifact(stage: consumer, path: url.path, producer: producer)
        }
        do {
            return try JSONCursor.decode(Tables.self, from: read(url), blobs: nil)
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError.corruptArtifact(path: url.path, line: 1, reason: "\(error)")
        }
    }

    public func readProblems(from producer: StageName, for consumer: StageName) throws -> [Problem] {
        let url = problemsFile(for: producer)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PipelineError.missingArtifact(stage: consumer, path: url.path, producer: producer)
        }
        return try read(url).nonEmptyLines().enumerated().map { number, line in
            do { return try JSONCursor.read(line) { try Problem(json: &$0, blobs: nil) } } catch {
                throw PipelineError.corruptArtifact(path: url.path, line: number + 1, reason: "\(error)")
            }
        }
    }

    private func read(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw PipelineError.cannotRead(path: url.path, reason: error.localizedDescription)
        }
    }
}
