import Foundation

/// Where a pipeline's stage artifacts live and how they are read and written.
///
/// Format: JSON Lines under `out/<pipeline>/stages/<stage>/`: `documents.jsonl`
/// (one record per document) and `problems.jsonl` (every problem so far,
/// upstream stages' included), keys sorted, each written to a temp file and renamed.
public struct ArtifactStore: Sendable {
    public let root: URL

    /// - Parameter pipelineOutput: `out/<pipeline>`.
    public init(pipelineOutput: URL) {
        self.root = pipelineOutput.appendingPathComponent("stages", isDirectory: true)
    }

    public func folder(for stage: StageName) -> URL {
        root.appendingPathComponent(stage.rawValue, isDirectory: true)
    }

    public func recordsFile(for stage: StageName) -> URL {
        folder(for: stage).appendingPathComponent("documents.jsonl")
    }

    /// A stage whose result is not per document (aggregate) stores one JSON object here.
    public func tablesFile(for stage: StageName) -> URL {
        folder(for: stage).appendingPathComponent("tables.json")
    }

    public func problemsFile(for stage: StageName) -> URL {
        folder(for: stage).appendingPathComponent("problems.jsonl")
    }

    /// Writes a stage's records and problems; problems first, so the records
    /// file (whose presence marks the stage done) lands last.
    public func write<Record: Encodable>(_ records: [Record], problems: [Problem], for stage: StageName) throws {
        try write(problems, to: problemsFile(for: stage))
        try write(records, to: recordsFile(for: stage))
    }

    /// Writes a stage's single JSON object and its problems (problems first).
    public func write<Tables: Encodable>(tables: Tables, problems: [Problem], for stage: StageName) throws {
        try write(problems, to: problemsFile(for: stage))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(tables), to: tablesFile(for: stage))
    }

    public func readTables<Tables: Decodable>(_ type: Tables.Type, from producer: StageName,
                                              for consumer: StageName) throws -> Tables {
        let url = tablesFile(for: producer)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PipelineError.missingArtifact(stage: consumer, path: url.path, producer: producer)
        }
        do {
            return try JSONDecoder().decode(Tables.self, from: Data(contentsOf: url))
        } catch {
            throw PipelineError.corruptArtifact(path: url.path, line: 1, reason: "\(error)")
        }
    }

    public func readProblems(from producer: StageName, for consumer: StageName) throws -> [Problem] {
        try read(Problem.self, at: problemsFile(for: producer), producer: producer, consumer: consumer)
    }

    private func write<Record: Encodable>(_ records: [Record], to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for record in records {
            data.append(try encoder.encode(record))
            data.append(0x0A)
        }
        try AtomicFile.write(data, to: url)
    }

    /// Reads what `producer` wrote, for `consumer`; a missing file is an error
    /// that names the file and the command that makes it.
    public func read<Record: Decodable>(_ type: Record.Type, from producer: StageName,
                                        for consumer: StageName) throws -> [Record] {
        try read(type, at: recordsFile(for: producer), producer: producer, consumer: consumer)
    }

    private func read<Record: Decodable>(_ type: Record.Type, at url: URL, producer: StageName,
                                         consumer: StageName) throws -> [Record] {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PipelineError.missingArtifact(stage: consumer, path: url.path, producer: producer)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PipelineError.cannotRead(path: url.path, reason: error.localizedDescription)
        }
        let decoder = JSONDecoder()
        var records: [Record] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            lineNumber += 1
            do {
                records.append(try decoder.decode(Record.self, from: Data(line)))
            } catch {
                throw PipelineError.corruptArtifact(path: url.path, line: lineNumber, reason: "\(error)")
            }
        }
        return records
    }
}
