import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What a nightly cron job relies on: reruns that do nothing when nothing
/// changed, one run at a time, outputs that survive SIGKILL.
@Suite(.serialized) struct CronOperationsTests {
    static let outputs = ["documents.csv", "indicator_values.csv", "evidence.csv", "compliance.csv", "panel.csv",
                          "comparison.csv", "county_rollup.csv", "coverage.csv", "problems.csv"]

    func snapshot(_ out: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in Self.outputs {
            let url = out.appendingPathComponent("rule-of-law/" + name)
            if FileManager.default.fileExists(atPath: url.path) { files[name] = try Data(contentsOf: url) }
        }
        return files
    }

    func copyOfSamples() throws -> URL {
        let input = try FazhiProcess.temporaryFolder("samples")
        for name in try FileManager.default.contentsOfDirectory(atPath: FazhiProcess.sampleReports.path) {
            try FileManager.default.copyItem(at: FazhiProcess.sampleReports.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        return input
    }

    func verbose(_ input: URL, _ out: URL, _ extra: [String] = []) throws -> FazhiProcess.Result {
        try FazhiProcess.run(["run", "--input", input.path, "--out", out.path] + extra)
    }

    @Test func aSecondRunDoesNoStageWorkAndLeavesOutputsUntouched() throws {
        let out = try FazhiProcess.temporaryFolder("rerun")
        #expect(try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: out).status == 0)
        let before = try snapshot(out)
        let dates = try Self.outputs.map { try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("rule-of-law/" + $0).path)[.modificationDate] as? Date }
        let second = try verbose(FazhiProcess.sampleReports, out)
        #expect(second.status == 0)
        for stage in ["ingest", "normalize", "extract", "aggregate", "export"] {
            #expect(second.stderr.contains("\(stage): up to date, skipped"), "\(stage)")
        }
        #expect(second.stderr.contains("fazhi: 5 documents, 0 processed, 5 unchanged, skipped: ingest, normalize, extract, aggregate, export, 0 problems"))
        #expect(try snapshot(out) == before)
        let after = try Self.outputs.map { try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("rule-of-law/" + $0).path)[.modificationDate] as? Date }
        #expect(after == dates)
    }

    @Test func aChangedReportIsTheOnlyOneRedoneAndForceRedoesAll() throws {
        let input = try copyOfSamples()
        let out = try FazhiProcess.temporaryFolder("changed")
        #expect(try FazhiProcess.stage("run", input: input, out: out).status == 0)
        let changed = input.appendingPathComponent("003_e6bb42983a914dd9.txt")
        let text = try String(contentsOf: changed, encoding: .utf8).replacingOccurrences(of: "受理信访件 590 件", with: "受理信访件 612 件")
        try text.write(to: changed, atomically: true, encoding: .utf8)
        let result = try verbose(input, out)
        #expect(result.stderr.contains("ingest: 1 files read, 4 unchanged"))
        #expect(result.stderr.contains("normalize: 1 documents normalized, 4 unchanged"))
        #expect(result.stderr.contains("extract: 1 documents searched for 24 indicators, 4 unchanged"))
        let values = try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/indicator_values.csv"))
        #expect(values.first { $0["indicator"] == "petitions_received" }?["value"] == "612")

        let clean = try FazhiProcess.temporaryFolder("changed-clean")
        try FazhiProcess.stage("run", input: input, out: clean)
        #expect(try snapshot(out) == snapshot(clean), "incremental and clean runs agree")

        let forced = try verbose(input, out, ["--force"])
        #expect(forced.stderr.contains("ingest: running (forced)") && forced.stderr.contains("ingest: 5 files read, 0 unchanged"))
    }

    @Test func aSecondRunWhileOneIsGoingIsRefusedCleanly() throws {
        let input = try FazhiProcess.manyReports(400)
        let out = try FazhiProcess.temporaryFolder("concurrent")
        let first = FazhiProcess.start(["run", "--input", input.path, "--out", out.path, "--quiet", "--jobs", "1"])
        first.standardError = FileHandle.nullDevice
        try first.run()
        let lock = out.appendingPathComponent("rule-of-law/.lock")
        let deadline = Date().addingTimeInterval(30)
        while ((try? String(contentsOf: lock, encoding: .utf8)) ?? "").isEmpty && Date() < deadline { usleep(10_000) }
        let second = try FazhiProcess.stage("run", input: input, out: out)
        first.waitUntilExit()
        #expect(second.status == 1)
        #expect(second.stderr.contains("another fazhi run holds \(lock.path) (pid \(first.processIdentifier)"), "\(second.stderr)")
        #expect([0, 3].contains(first.terminationStatus), "the first run finishes undisturbed")
        let waited = try FazhiProcess.stage("run", input: input, out: out, ["--wait"])
        #expect([0, 3].contains(waited.status))
    }

    @Test func aRunKilledAtAnyMomentLeavesWholeFilesAndTheNextRunFinishesTheJob() throws {
        let input = try FazhiProcess.manyReports(300)
        let reference = try FazhiProcess.temporaryFolder("kill-reference")
        try FazhiProcess.stage("run", input: input, out: reference)
        let expected = try snapshot(reference)
        #expect(expected.count == Self.outputs.count)

        // Yesterday's outputs come from fewer reports; tonight's run is killed part-way.
        let yesterdayInput = try FazhiProcess.temporaryFolder("kill-yesterday")
        for name in try FileManager.default.contentsOfDirectory(atPath: input.path).sorted().prefix(200) {
            try FileManager.default.copyItem(at: input.appendingPathComponent(name), to: yesterdayInput.appendingPathComponent(name))
        }
        for delay in [0.15, 0.4, 0.8, 1.5] {
            let out = try FazhiProcess.temporaryFolder("kill")
            try FazhiProcess.stage("run", input: yesterdayInput, out: out)
            let yesterday = try snapshot(out)
            let run = FazhiProcess.start(["run", "--input", input.path, "--out", out.path, "--quiet"])
            run.standardError = FileHandle.nullDevice
            try run.run()
            usleep(useconds_t(delay * 1_000_000))
            kill(run.processIdentifier, SIGKILL)
            run.waitUntilExit()
            for (name, data) in try snapshot(out) {
                #expect(data == yesterday[name] || data == expected[name], "\(name) after a kill at \(delay) s is whole")
            }
            let rerun = try FazhiProcess.stage("run", input: input, out: out)
            #expect([0, 3].contains(rerun.status))
            #expect(try snapshot(out) == expected, "rerun after a kill at \(delay) s")
        }
    }
}
