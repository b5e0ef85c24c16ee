import Foundation
import Testing
@testable import PipelineCore

@Suite struct ArtifactStoreTests {
    struct Record: Codable, Equatable { var id: String; var value: Int }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func roundTripsRecordsAndProblems() throws {
        let store = ArtifactStore(pipelineOutput: try temporaryFolder())
        let records = [Record(id: "a", value: 1), Record(id: "b/c", value: 2)]
        let problems = [Problem(document: "x", severity: .error, stage: .ingest, message: "empty file")]
        try store.write(records, problems: problems, for: .ingest)
        #expect(try store.read(Record.self, from: .ingest, for: .normalize) == records)
        #expect(try store.readProblems(from: .ingest, for: .normalize) == problems)
        let lines = try String(contentsOf: store.recordsFile(for: .ingest), encoding: .utf8)
        #expect(lines == "{\"id\":\"a\",\"value\":1}\n{\"id\":\"b/c\",\"value\":2}\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.folder(for: .ingest).path)
        #expect(leftovers.sorted() == ["documents.jsonl", "problems.jsonl"])
    }

    @Test func missingArtifactNamesTheFileAndTheCommandThatMakesIt() throws {
        let store = ArtifactStore(pipelineOutput: try temporaryFolder())
        let error = #expect(throws: PipelineError.self) {
            try store.read(Record.self, from: .ingest, for: .normalize)
        }
        let message = error?.description ?? ""
        #expect(message.contains(store.recordsFile(for: .ingest).path))
        #expect(message.contains("fazhi ingest"))
    }

    @Test func corruptLineIsReportedWithItsNumber() throws {
        let store = ArtifactStore(pipelineOutput: try temporaryFolder())
        try store.write([Record(id: "a", value: 1)], problems: [], for: .ingest)
        let url = store.recordsFile(for: .ingest)
        try (String(contentsOf: url, encoding: .utf8) + "{\"id\":\n").write(to: url, atomically: true, encoding: .utf8)
        let error = #expect(throws: PipelineError.self) {
            try store.read(Record.self, from: .ingest, for: .normalize)
        }
        #expect(error?.description.contains("documents.jsonl:2") == true)
    }
}
