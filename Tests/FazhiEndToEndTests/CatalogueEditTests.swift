import Foundation
import Testing

/// An analyst edits the catalogue and reruns extraction alone.
@Suite(.serialized) struct CatalogueEditTests {
    /// A copy of the pipeline and its catalogue that the test may edit.
    func pipelineCopy() throws -> (pipeline: URL, catalogue: URL) {
        let folder = try FazhiProcess.temporaryFolder("pipeline").appendingPathComponent("pipelines")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("indicators"), withIntermediateDirectories: true)
        let source = FazhiProcess.projectRoot.appendingPathComponent("pipelines")
        let pipeline = folder.appendingPathComponent("rule-of-law.yaml")
        let catalogue = folder.appendingPathComponent("indicators/rule-of-law.yaml")
        try FileManager.default.copyItem(at: source.appendingPathComponent("rule-of-law.yaml"), to: pipeline)
        try FileManager.default.copyItem(at: source.appendingPathComponent("indicators/rule-of-law.yaml"), to: catalogue)
        return (pipeline, catalogue)
    }

    @Test func anEditedCatalogueChangesTheValuesWithoutTouchingEarlierArtifacts() throws {
        let (pipeline, catalogue) = try pipelineCopy()
        let out = try FazhiProcess.temporaryFolder("edit")
        let arguments = ["--pipeline", pipeline.path]
        #expect(try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: out, arguments).status == 0)
        let stages = out.appendingPathComponent("rule-of-law/stages")
        let upstream = ["ingest/records.jsonl", "normalize/records.jsonl", "ingest/blobs.bin", "normalize/blobs.bin"].map { stages.appendingPathComponent($0) }
        let before = try upstream.map { (try Data(contentsOf: $0), try FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date) }
        let values = out.appendingPathComponent("rule-of-law/indicator_values.csv")
        #expect(try !String(contentsOf: values, encoding: .utf8).contains("应急演练"))

        // A new indicator: emergency drills (003 states 组织开展各类应急演练32场次).
        let drills = """

          - id: emergency_drills
            zh: 应急演练场次
            en: Emergency drills
            unit: count
            measure_words: [场次, 场, 次]
            triggers: [应急演练]
            rule_note: drills held.
        """
        try (String(contentsOf: catalogue, encoding: .utf8) + drills).write(to: catalogue, atomically: true, encoding: .utf8)
        let result = try FazhiProcess.stage("extract", input: FazhiProcess.sampleReports, out: out, arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try FazhiProcess.csvRows(values).filter { $0["indicator"] == "emergency_drills" }
        #expect(rows.map { $0["document"]! + " " + $0["value"]! } == ["003_e6bb42983a914dd9 32"])
        let evidence = try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/evidence.csv"))
        #expect(evidence.contains { $0["indicator"] == "emergency_drills" && $0["evidence"]!.contains("应急演练") && $0["evidence"]!.contains("32") })
        #expect(try FazhiProcess.header(out.appendingPathComponent("rule-of-law/panel.csv")).hasSuffix(",emergency_drills"))
        // A whole run after the edit: ingest and normalize are up to date; extract onwards had rerun already.
        let rerun = try FazhiProcess.run(["run", "--input", FazhiProcess.sampleReports.path, "--out", out.path] + arguments)
        #expect(rerun.stderr.contains("ingest: up to date, skipped") && rerun.stderr.contains("normalize: up to date, skipped"))
        #expect(rerun.stderr.contains("extract: up to date, skipped"))
        for (url, (data, date)) in zip(upstream, before) {
            #expect(try Data(contentsOf: url) == data)
            #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date == date, "\(url.lastPathComponent) untouched")
        }
    }

    @Test func aMalformedCatalogueIsRejectedWithItsLine() throws {
        let (pipeline, catalogue) = try pipelineCopy()
        let text = try String(contentsOf: catalogue, encoding: .utf8).replacingOccurrences(of: "unit: percent", with: "unit: ratio")
        try text.write(to: catalogue, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("unit: ratio") }! + 1
        let result = try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: FazhiProcess.temporaryFolder("bad-catalogue"), ["--pipeline", pipeline.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(catalogue.path):\(line): invalid indicator catalogue: mediation_success_rate: unit must be count or percent, not \"ratio\""), "\(result.stderr)")
    }
}
