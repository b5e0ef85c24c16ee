import Foundation
import Testing
@testable import PipelineCore

@Suite struct ArtifactStoreTests {
    /// A record with a large value kept in blobs.bin.
    struct Record: Codable, Equatable, Sendable {
        var id: String
        var text: String

        enum CodingKeys: String, CodingKey { case id, textBlob }

        init(id: String, text: String) {
            self.id = id
            self.text = text
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(try BlobCoding.store(text, in: encoder), forKey: .textBlob)
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            text = try BlobCoding.text(try container.decode(BlobRef.self, forKey: .textBlob), from: decoder)
        }
    }

    func temporaryStore() throws -> ArtifactStore {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return ArtifactStore(pipelineOutput: url)
    }

    func pending(_ texts: [String: String]) -> [PendingDocument<String>] {
        texts.keys.sorted().map { id in PendingDocument(key: "\(id):\(texts[id]!)", document: id, source: id + "=" + texts[id]!) }
    }

    func run(_ store: ArtifactStore, _ texts: [String: String], force: Bool = false) throws -> StageReport {
        try DocumentStage.run(.ingest, store: store, pending: pending(texts), options: StageRunOptions(force: force, jobs: 2),
                              manifest: StageManifest(fazhi: "t", fingerprint: "f"), makeWorker: { () }) { _, source in
            let parts = source.split(separator: "=")
            let problems = parts[1] == "bad" ? [Problem(document: String(parts[0]), severity: .error, stage: .ingest, message: "bad")] : []
            return (Record(id: String(parts[0]), text: String(parts[1])), problems)
        }
    }

    @Test func recordsRoundTripWithTheirTextsInBlobs() throws {
        let store = try temporaryStore()
        let report = try run(store, ["a": "大新镇报告", "b": "bad", "c": "锦丰镇"])
        #expect(report.processed == 3 && report.reused == 0 && report.problems.map(\.document) == ["b"])
        let records = try store.records(of: .ingest, for: .normalize)
        #expect(try records.decodeAll(Record.self, jobs: 2) == [Record(id: "a", text: "大新镇报告"), Record(id: "b", text: "bad"), Record(id: "c", text: "锦丰镇")])
        #expect(records.entries.map(\.document) == ["a", "b", "c"])
        #expect(records.problems.map(\.message) == ["bad"])
        #expect(!String(decoding: try Data(contentsOf: store.recordsFile(for: .ingest)), as: UTF8.self).contains("大新镇"))
        let manifest = try #require(store.manifest(for: .ingest))
        #expect(manifest.fingerprint == "f" && manifest.fazhi == "t")
        #expect(manifest.blobsAfterFullWrite == store.blobsSize(for: .ingest))
    }

    @Test func indexLinesHoldDocumentsWithTabsAndProblemsWithLineBreaks() throws {
        let store = try temporaryStore()
        let writer = try store.recordsWriter(for: .ingest, fresh: true)
        let problem = Problem(document: "a\tb", severity: .warning, stage: .ingest, message: "line one\n\tline \"two\"")
        try writer.append(Record(id: "a", text: "x"), key: "k1", document: "a\tb\nc", problems: [problem, problem])
        try writer.append(Record(id: "b", text: "y"), key: "k2", document: "plain", problems: [])
        try writer.commit(manifest: StageManifest(fazhi: "t", fingerprint: "f"))
        let records = try store.records(of: .ingest, for: .normalize)
        #expect(records.entries.map(\.document) == ["a b c", "plain"])
        #expect(records.entries.map(\.problems) == [[problem, problem], []])
    }

    @Test func unchangedDocumentsAreCarriedForwardAndOnlyChangedOnesRedone() throws {
        let store = try temporaryStore()
        _ = try run(store, ["a": "one", "b": "two", "c": "three"])
        let before = store.blobsSize(for: .ingest)
        let report = try run(store, ["a": "one", "b": "TWO", "d": "four"])
        #expect(report.processed == 2 && report.reused == 1)
        let records = try store.records(of: .ingest, for: .ingest)
        #expect(try records.decodeAll(Record.self, jobs: 1).map(\.text) == ["one", "TWO", "four"])
        #expect(store.blobsSize(for: .ingest) == before + 7, "new blobs are appended")
        let forced = try run(store, ["a": "one", "b": "TWO", "d": "four"], force: true)
        #expect(forced.processed == 3 && forced.reused == 0)
        #expect(store.blobsSize(for: .ingest) == 10, "a run that redoes everything starts blobs.bin anew")
    }

    @Test func blobsOfReplacedRecordsAreDroppedOnceTheyDoubleTheFile() throws {
        let store = try temporaryStore()
        let long = String(repeating: "法治", count: 100_000)  // 600 kB a text
        var texts = ["a": long + "a", "b": long + "b", "c": long + "c"]
        _ = try run(store, texts)
        let full = store.blobsSize(for: .ingest)
        var sizes: [Int] = []
        var redoneAll: [Bool] = []
        for round in 1...6 {
            texts["a"] = long + "a\(round)"
            let report = try run(store, texts)
            sizes.append(store.blobsSize(for: .ingest))
            redoneAll.append(report.processed == 3)
        }
        #expect(redoneAll == [false, false, false, true, false, false], "the fourth change finds the file doubled")
        #expect(sizes.allSatisfy { $0 <= 2 * full + 700_000 })
        #expect(sizes[3] == full + 1, "started anew: live texts only")
        #expect(try store.records(of: .ingest, for: .ingest).decodeAll(Record.self, jobs: 1).map(\.text) == [long + "a6", long + "b", long + "c"])
    }

    @Test func statusSaysWhyAStageRuns() throws {
        let store = try temporaryStore()
        let outputs = [store.recordsFile(for: .ingest)]
        #expect(store.status(of: .ingest, fingerprint: "f", outputs: outputs, force: false) == .neverRun)
        _ = try run(store, ["a": "one"])
        #expect(store.status(of: .ingest, fingerprint: "f", outputs: outputs, force: false) == .upToDate)
        #expect(store.status(of: .ingest, fingerprint: "g", outputs: outputs, force: false) == .inputChanged)
        #expect(store.status(of: .ingest, fingerprint: "f", outputs: outputs, force: true) == .forced)
        let missing = store.folder(for: .ingest).appendingPathComponent("gone")
        #expect(store.status(of: .ingest, fingerprint: "f", outputs: outputs + [missing], force: false) == .outputMissing(missing.path))
    }

    @Test func missingArtifactNamesTheFileAndTheCommandThatMakesIt() throws {
        let store = try temporaryStore()
        let error = #expect(throws: PipelineError.self) { try store.records(of: .ingest, for: .normalize) }
        #expect(error?.description.contains(store.recordsFile(for: .ingest).path) == true)
        #expect(error?.description.contains("fazhi ingest") == true)
    }

    @Test func aDamagedIndexIsReportedWithItsLine() throws {
        let store = try temporaryStore()
        _ = try run(store, ["a": "one", "b": "two"])
        try Data("only-a-key\n".utf8).write(to: store.indexFile(for: .ingest))
        let error = #expect(throws: PipelineError.self) { try store.records(of: .ingest, for: .normalize) }
        #expect(error?.description.contains("records.index:2") == true)
    }

    @Test func runProblemsAndTablesRoundTrip() throws {
        let store = try temporaryStore()
        let problems = [Problem(document: "manifest.csv", severity: .warning, stage: .ingest, message: "bad year")]
        try store.write(tables: [.value("x", 1)], problems: problems, for: .aggregate,
                        manifest: StageManifest(fazhi: "t", fingerprint: "a"), jobs: 2)
        #expect(try store.readTables([String: Int].self, from: .aggregate, for: .export) == ["x": 1])
        #expect(try store.readProblems(from: .aggregate, for: .export) == problems)
    }
}
