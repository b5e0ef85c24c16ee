import Foundation
import Testing

/// One stage at a time, missing artifacts, bad input and the CLI surface.
@Suite(.serialized) struct StageCommandTests {
    @Test func normalizeAloneNamesTheMissingIngestArtifact() throws {
        let out = try FazhiProcess.temporaryFolder("missing")
        let result = try FazhiProcess.stage("normalize", input: FazhiProcess.sampleReports, out: out)
        #expect(result.status == 1)
        #expect(result.stderr.contains(out.appendingPathComponent("rule-of-law/stages/ingest/records.jsonl").path))
        #expect(result.stderr.contains("fazhi ingest"))
    }

    @Test func stagesRunOneByOneGiveTheSameFilesAsRun() throws {
        let together = try FazhiProcess.temporaryFolder("together")
        try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: together)
        let apart = try FazhiProcess.temporaryFolder("apart")
        for stage in ["ingest", "normalize", "export"] {
            let result = try FazhiProcess.stage(stage, input: FazhiProcess.sampleReports, out: apart)
            #expect(result.status == 0, "\(stage): \(result.stderr)")
        }
        let ingestArtifact = apart.appendingPathComponent("rule-of-law/stages/ingest/records.jsonl")
        let before = try Data(contentsOf: ingestArtifact)
        #expect(try FazhiProcess.stage("normalize", input: FazhiProcess.sampleReports, out: apart).status == 0)
        #expect(try Data(contentsOf: ingestArtifact) == before, "normalize reads the ingest artifact, never rewrites it")
        for file in ["documents.csv", "problems.csv"] {
            #expect(try Data(contentsOf: together.appendingPathComponent("rule-of-law/" + file))
                == Data(contentsOf: apart.appendingPathComponent("rule-of-law/" + file)), "\(file)")
        }
    }

    @Test func aStageCommandRunsOnlyThatStageWithOnly() throws {
        let out = try FazhiProcess.temporaryFolder("only")
        try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: out)
        let evidence = out.appendingPathComponent("rule-of-law/evidence.csv")
        try FileManager.default.removeItem(at: evidence)
        #expect(try FazhiProcess.stage("extract", input: FazhiProcess.sampleReports, out: out, ["--only"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: evidence.path), "--only stops after extract")
        #expect(try FazhiProcess.stage("aggregate", input: FazhiProcess.sampleReports, out: out).status == 0)
        #expect(FileManager.default.fileExists(atPath: evidence.path), "without --only the later stages run")
    }

    @Test func anUndecodableFileIsAProblemRowAndTheOthersAreUnchanged() throws {
        let input = try FazhiProcess.temporaryFolder("bad-in")
        for name in try FileManager.default.contentsOfDirectory(atPath: FazhiProcess.sampleReports.path) {
            try FileManager.default.copyItem(at: FazhiProcess.sampleReports.appendingPathComponent(name),
                                             to: input.appendingPathComponent(name))
        }
        try Data([0x00, 0xFF, 0x10, 0x00, 0x7F, 0x00]).write(to: input.appendingPathComponent("scan.txt"))
        try Data().write(to: input.appendingPathComponent("blank.md"))
        let out = try FazhiProcess.temporaryFolder("bad-out")
        let result = try FazhiProcess.stage("run", input: input, out: out)
        #expect(result.status == 3)
        #expect(result.stderr.contains("problem: scan [ingest] error: scan.txt: binary content"))
        let problems = try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/problems.csv"))
        #expect(problems.map { $0["document"]! } == ["blank", "scan"])
        #expect(problems.allSatisfy { $0["stage"] == "ingest" && $0["severity"] == "error" })
        let rows = try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/documents.csv"))
        #expect(rows.first { $0["document"] == "scan" }?["status"] == "failed")

        let clean = try FazhiProcess.temporaryFolder("bad-clean")
        try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: clean)
        let cleanRows = try FazhiProcess.csvRows(clean.appendingPathComponent("rule-of-law/documents.csv"))
        #expect(rows.filter { $0["status"] == "ok" } == cleanRows)
    }

    @Test func noBomWritesPlainUTF8() throws {
        let out = try FazhiProcess.temporaryFolder("nobom")
        try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: out, ["--no-bom"])
        let data = try Data(contentsOf: out.appendingPathComponent("rule-of-law/documents.csv"))
        #expect(data.starts(with: Array("document,".utf8)))
    }

    @Test func helpExplainsTheStagesAndOptions() throws {
        let result = try FazhiProcess.run(["--help"])
        #expect(result.status == 0)
        for word in ["run", "ingest", "normalize", "extract", "aggregate", "export", "Exit status"] {
            #expect(result.stdout.contains(word), "\(word)")
        }
        let runHelp = try FazhiProcess.run(["run", "--help"]).stdout
        for option in ["--pipeline", "--input", "--out", "--force", "--jobs", "--no-bom", "--quiet"] {
            #expect(runHelp.contains(option), "\(option)")
        }
    }

    @Test func aMissingPipelineFileIsAClearError() throws {
        let result = try FazhiProcess.run(["run", "--pipeline", "pipelines/none.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("pipelines/none.yaml"))
    }
}
