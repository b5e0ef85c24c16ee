import Foundation
import Logging
import PipelineCore
import Testing
@testable import Ingest

@Suite struct IngestStageTests {
    func folder(_ files: [String: Data]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-ingest-\(UUID().uuidString)")
        for (path, data) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return root
    }

    let report = Data("大新镇2020年法治政府建设工作情况报告\n".utf8)

    /// Plans and runs ingest into a temporary store; returns the records and problems.
    func ingest(_ root: URL) throws -> (documents: [IngestedDocument], problems: [Problem]) {
        let store = ArtifactStore(pipelineOutput: root.appendingPathComponent("../out-\(UUID().uuidString)").standardizedFileURL)
        let plan = try IngestStage.plan(input: root)
        let report = try IngestStage.run(plan, store: store, options: StageRunOptions(force: false, jobs: 2),
                                         manifest: StageManifest(fazhi: "t", fingerprint: plan.fingerprint), logger: Logger(label: "test"))
        let records = try store.records(of: .ingest, for: .normalize)
        return (try records.decodeAll(IngestedDocument.self, jobs: 1), report.problems)
    }

    @Test func readsTextAndMarkdownWithIdsFromRelativePaths() throws {
        let root = try folder(["a.txt": report, "2021/b.md": report, ".hidden.txt": report, "manifest.csv": Data("document\n".utf8)])
        let output = try ingest(root)
        #expect(output.documents.map(\.document) == ["2021/b", "a"])
        #expect(output.documents.map(\.sourcePath) == ["2021/b.md", "a.txt"])
        #expect(output.documents.allSatisfy { $0.text != nil && $0.failure == nil })
        #expect(output.documents[1].sha256 == ContentHash.sha256(report))
        #expect(output.problems.isEmpty)
    }

    @Test func undecodableFilesBecomeProblemsAndOthersGoOn() throws {
        let root = try folder(["good.txt": report, "empty.txt": Data(), "image.txt": Data([0x00, 0x01, 0x02, 0x03]),
                               "report.pdf": Data("%PDF-1.4".utf8), "sheet.xlsx": Data("PK".utf8)])
        let output = try ingest(root)
        let failures = Dictionary(uniqueKeysWithValues: output.documents.map { ($0.document, $0.failure) })
        #expect(failures["good"] == .some(nil))
        #expect(failures["empty"]??.contains("empty file") == true)
        #expect(failures["image"]??.contains("binary") == true)
        #expect(failures["report"]??.contains("pdftotext failed") == true)
        #expect(failures["sheet"]??.contains("format .xlsx is not a report format") == true)
        #expect(output.problems.map(\.document).sorted() == ["empty", "image", "report", "sheet"])
        #expect(output.problems.allSatisfy { $0.stage == .ingest && $0.severity == .error })
        #expect(output.problems.first { $0.document == "empty" }?.message.hasPrefix("empty.txt: ") == true)
    }

    @Test func manifestOverridesAreRecordedAsDeclared() throws {
        let manifest = "document,township,county,province,report_year\na.txt,合作镇,启东市,江苏省,2023\nb,,,,twenty\n"
        let root = try folder(["a.txt": report, "b.txt": report, "manifest.csv": Data(manifest.utf8)])
        let output = try ingest(root)
        #expect(output.documents[0].declared == DocumentMetadata(township: "合作镇", county: "启东市", province: "江苏省", reportYear: 2023))
        #expect(output.documents[1].declared == DocumentMetadata())
        #expect(output.problems.count == 1)
        #expect(output.problems.first?.message.contains("manifest.csv:3: report_year \"twenty\"") == true)
    }

    @Test func aMissingInputFolderStopsTheRun() {
        let missing = URL(fileURLWithPath: "/nonexistent/fazhi-\(UUID().uuidString)")
        #expect(throws: PipelineError.inputFolderMissing(path: missing.path)) {
            try IngestStage.plan(input: missing)
        }
    }
}
