import Foundation
import Testing

/// The whole pipeline over the five sample reports, as `make run` does it.
@Suite(.serialized) struct SampleReportsTests {
    static let documentsHeader = "document,source_path,sha256,format,encoding,script,township,county,province,report_year,issued,doc_number,chars,status"

    @Test func metadataMatchesTheHandMadeGold() throws {
        let out = try FazhiProcess.temporaryFolder("gold")
        let result = try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: out)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let documents = out.appendingPathComponent("rule-of-law/documents.csv")
        #expect(try FazhiProcess.header(documents) == Self.documentsHeader)
        let produced = Dictionary(uniqueKeysWithValues: try FazhiProcess.csvRows(documents).map { ($0["document"]!, $0) })
        let gold = try FazhiProcess.csvRows(FazhiProcess.fixtures.appendingPathComponent("seeds-docs.csv"))
        #expect(gold.count == 5 && produced.count == 5)
        for row in gold {
            let mine = try #require(produced[row["doc"]!])
            for field in ["township", "county", "report_year"] {
                #expect(mine[field] == row[field], "\(row["doc"]!) \(field)")
            }
            #expect(mine["script"] == row["script"])
            if let issued = row["issued"], !issued.isEmpty { #expect(mine["issued"] == issued) }
            #expect(mine["status"] == "ok")
        }
        #expect(produced["000_051a4340593b0f50"]?["doc_number"] == "大政发〔2021〕1号")
        #expect(try Data(contentsOf: out.appendingPathComponent("rule-of-law/problems.csv"))
            == Data([0xEF, 0xBB, 0xBF]) + Data("document,severity,stage,message\n".utf8))
    }

    @Test func theTraditionalReportNormalizesToSimplified() throws {
        let out = try FazhiProcess.temporaryFolder("script")
        try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: out)
        let record = try #require(try FazhiProcess.artifact(out, stage: "normalize")["002_f08e38cf1a7128b4"])
        let text = try #require(record["text"] as? String)
        #expect(record["script"] as? String == "traditional")
        #expect(text.contains("锦丰镇") && text.contains("张家港市") && text.contains("调解矛盾纠纷2802起"))
        #expect(!text.contains("錦豐鎮"))
        let original = try #require((record["source"] as? [String: Any])?["text"] as? String)
        #expect(original.contains("錦豐鎮"), "the ingest text keeps the original script for evidence")
    }

    @Test func reEncodedReportsNormalizeToTheSameText() throws {
        let input = try FazhiProcess.temporaryFolder("encodings-in")
        let files = try FileManager.default.contentsOfDirectory(atPath: FazhiProcess.sampleReports.path).filter { $0.hasSuffix(".txt") }.sorted()
        var expected: [String: String] = [:]
        for (index, name) in files.enumerated() {
            let source = FazhiProcess.sampleReports.appendingPathComponent(name)
            let stem = String(name.dropLast(4))
            let traditional = name.hasPrefix("002_")
            try FazhiProcess.reencode(source, to: traditional ? "BIG5" : "GB18030", into: input.appendingPathComponent("\(stem)-legacy.txt"))
            expected["\(stem)-legacy"] = traditional ? "BIG5" : "GB18030"
            let (utf16, mark): (String, [UInt8]) = index % 2 == 0 ? ("UTF-16LE", [0xFF, 0xFE]) : ("UTF-16BE", [0xFE, 0xFF])
            try FazhiProcess.reencode(source, to: utf16, byteOrderMark: mark, into: input.appendingPathComponent("\(stem)-utf16.txt"))
            expected["\(stem)-utf16"] = utf16
            try FileManager.default.copyItem(at: source, to: input.appendingPathComponent("\(stem)-utf8.txt"))
            expected["\(stem)-utf8"] = "UTF-8"
        }
        let out = try FazhiProcess.temporaryFolder("encodings-out")
        let result = try FazhiProcess.stage("run", input: input, out: out)
        // Three copies of each report: the same township-year three times is the only problem.
        #expect(result.status == 3, "stderr: \(result.stderr)")
        let problems = try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/problems.csv"))
        #expect(problems.count == 15 && problems.allSatisfy { $0["stage"] == "aggregate" && $0["message"]!.contains("reported by 3 documents") })
        let records = try FazhiProcess.artifact(out, stage: "normalize")
        let encodings = Dictionary(uniqueKeysWithValues: try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/documents.csv"))
            .map { ($0["document"]!, $0["encoding"]!) })
        #expect(encodings == expected)
        for name in files {
            let stem = String(name.dropLast(4))
            let reference = try #require(records["\(stem)-utf8"]?["text"] as? String)
            #expect(!reference.isEmpty)
            for variant in ["legacy", "utf16"] {
                #expect(records["\(stem)-\(variant)"]?["text"] as? String == reference, "\(stem)-\(variant)")
            }
        }
    }

    @Test func twoRunsWriteByteIdenticalFiles() throws {
        let first = try FazhiProcess.temporaryFolder("same-1")
        let second = try FazhiProcess.temporaryFolder("same-2")
        try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: first)
        try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: second)
        let files = ["documents.csv", "indicator_values.csv", "evidence.csv", "compliance.csv", "panel.csv", "comparison.csv",
                     "county_rollup.csv", "coverage.csv", "problems.csv", "stages/ingest/records.jsonl", "stages/normalize/records.jsonl"]
        for file in files {
            let a = try Data(contentsOf: first.appendingPathComponent("rule-of-law/" + file))
            let b = try Data(contentsOf: second.appendingPathComponent("rule-of-law/" + file))
            #expect(a == b, "\(file)")
        }
    }
}
