import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every kind of bad input gets its problem row, never stops the others and
/// never changes the good documents' values.
@Suite(.serialized) struct BadInputTests {
    /// The sample reports plus one file of every bad kind.
    func badFolder() throws -> URL {
        let input = try FazhiProcess.temporaryFolder("bad-kinds")
        for name in try FileManager.default.contentsOfDirectory(atPath: FazhiProcess.sampleReports.path) {
            try FileManager.default.copyItem(at: FazhiProcess.sampleReports.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        func write(_ name: String, _ data: Data) throws { try data.write(to: input.appendingPathComponent(name)) }
        let report = try Data(contentsOf: FazhiProcess.sampleReports.appendingPathComponent("003_e6bb42983a914dd9.txt"))
        try write("empty.txt", Data())
        try write("scan.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]))
        /// Cut through the last character (after trailing blank lines and spaces).
        func cutMidCharacter(_ data: Data) -> Data {
            var end = data.count
            while end > 0, [0x0A, 0x0D, 0x20].contains(data[end - 1]) { end -= 1 }
            return data.prefix(end - 1)
        }
        try write("cut-utf8.txt", cutMidCharacter(report))
        try FazhiProcess.reencode(FazhiProcess.sampleReports.appendingPathComponent("004_f21613d978145004.txt"), to: "GB18030",
                                  into: input.appendingPathComponent("gb.tmp"))
        let gb = try Data(contentsOf: input.appendingPathComponent("gb.tmp"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("gb.tmp"))
        try write("cut-gb18030.txt", cutMidCharacter(gb))
        try write("mixed.txt", report.prefix(3000) + gb)
        FileManager.default.createFile(atPath: input.appendingPathComponent("huge.txt").path, contents: nil)
        let huge = try FileHandle(forWritingTo: input.appendingPathComponent("huge.txt"))
        try huge.truncate(atOffset: 200 * 1_048_576)  // sparse: 200 MB without the disk
        try huge.close()
        try write("locked.txt", report)
        chmod(input.appendingPathComponent("locked.txt").path, 0)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent/report.txt")
        try write("untitled.txt", Data("一、主要举措和成效\n全年依法开展法治宣传活动12场次。\n".utf8))
        try write("copy-of-003.txt", report)
        try write("recipe.txt", Data("红烧肉做法\n五花肉500克，冰糖30克，小火慢炖一小时。\n".utf8))
        return input
    }

    @Test func everyBadKindIsAProblemRowAndGoodValuesAreUnchanged() throws {
        let input = try badFolder()
        let out = try FazhiProcess.temporaryFolder("bad-kinds-out")
        chmod(input.path, 0o777)
        chmod(out.path, 0o777)
        // As a non-root user, so that file permissions apply as they would for cron.
        let user = getuid() == 0 ? 65534 : nil
        let result = try FazhiProcess.stage("run", input: input, out: out, asUser: user)
        #expect(result.status == 3, "\(result.stderr)")
        let problems = try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/problems.csv"))
        func reason(_ document: String) -> String {
            problems.filter { $0["document"] == document }.map { "\($0["stage"]!) \($0["severity"]!): \($0["message"]!)" }.joined(separator: " | ")
        }
        #expect(reason("empty").contains("ingest error: empty.txt: empty file"))
        #expect(reason("scan").contains("binary content"))
        #expect(reason("cut-utf8").contains("UTF-8 text ends mid-character"))
        #expect(reason("cut-gb18030").contains("GB18030 text ends mid-character"))
        #expect(reason("mixed").contains("mixed encodings"))
        #expect(reason("huge").contains("file is 200 MB"))
        #expect(reason("locked").contains("permission denied"))
        #expect(reason("dangling").contains("does not exist"))
        #expect(reason("untitled").contains("normalize warning: untitled.txt: no township or report year"))
        #expect(reason("recipe").contains("does not look like a rule-of-law report"))
        #expect(reason("copy-of-003").contains("木渎镇 2023 is reported by 2 documents"), "the duplicate report")
        #expect(reason("003_e6bb42983a914dd9").contains("木渎镇 2023 is reported by 2 documents"))
        for line in result.stderr.split(separator: "\n") where line.hasPrefix("problem: ") {
            #expect(problems.contains { line.contains($0["document"]!) })
        }
        #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("problem: ") }.count == problems.count)

        let clean = try FazhiProcess.temporaryFolder("bad-kinds-clean")
        try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: clean)
        let good = Set(try FazhiProcess.csvRows(clean.appendingPathComponent("rule-of-law/indicator_values.csv")).map { $0["document"]! })
        let withBad = try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/indicator_values.csv")).filter { good.contains($0["document"]!) }
        #expect(withBad == (try FazhiProcess.csvRows(clean.appendingPathComponent("rule-of-law/indicator_values.csv"))))
    }
}
