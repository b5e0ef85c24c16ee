import Foundation
import Testing

/// report.xlsx opened by real readers: openpyxl (`make test` installs it)
/// and, where it is installed (CI installs it), LibreOffice.
@Suite(.serialized) struct WorkbookTests {
    static let tools = FazhiProcess.projectRoot.appendingPathComponent("Tests/Tools")
    static let libreOfficeInstalled = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") } == true

    /// A run over the sample reports; returns the output folder.
    func run(_ extra: [String] = []) throws -> URL {
        let out = try FazhiProcess.temporaryFolder("workbook")
        let result = try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: out, extra)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return out.appendingPathComponent("rule-of-law")
    }

    /// Runs one of the checking scripts; its output says what failed.
    func script(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func openpyxlReadsSheetsHeadersNumbersCommentsAndChinese() throws {
        let folder = try run()
        let result = try script(["python3", Self.tools.appendingPathComponent("check_workbook.py").path, folder.path, "zh"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("checked 8 sheets: 0 problems"))
    }

    @Test func twoRunsGiveByteIdenticalWorkbooks() throws {
        let first = try Data(contentsOf: try run().appendingPathComponent("report.xlsx"))
        let second = try Data(contentsOf: try run().appendingPathComponent("report.xlsx"))
        #expect(first.count > 10_000)
        #expect(first == second)
    }

    @Test func aWorkbookThatCannotBeWrittenIsAProblemNotALostRun() throws {
        let out = try FazhiProcess.temporaryFolder("workbook-blocked")
        let blocker = out.appendingPathComponent("rule-of-law/report.xlsx/keep")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        let result = try FazhiProcess.stage("run", input: FazhiProcess.sampleReports, out: out)
        #expect(result.status == 3, "stderr: \(result.stderr)")
        let problems = try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/problems.csv"))
        #expect(problems.contains { $0["document"] == "report.xlsx" && $0["stage"] == "export" && $0["message"]!.contains("was not written") })
        #expect(try FazhiProcess.csvRows(out.appendingPathComponent("rule-of-law/panel.csv")).count == 5)
    }

    @Test func englishSheetNamesWithThePipelineOption() throws {
        let pipeline = try FazhiProcess.temporaryFolder("pipeline").appendingPathComponent("english.yaml")
        let reports = FazhiProcess.sampleReports.path
        let catalogue = FazhiProcess.projectRoot.appendingPathComponent("pipelines/indicators/rule-of-law.yaml").path
        try """
            version: 1
            name: rule-of-law
            input: \(reports)
            catalogue: \(catalogue)
            options:
              sheet_language: en
            """.write(to: pipeline, atomically: true, encoding: .utf8)
        let out = try FazhiProcess.temporaryFolder("workbook-en")
        let result = try FazhiProcess.run(["run", "--pipeline", pipeline.path, "--out", out.path, "--quiet"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let folder = out.appendingPathComponent("rule-of-law")
        let check = try script(["python3", Self.tools.appendingPathComponent("check_workbook.py").path, folder.path, "en"])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test(.enabled(if: WorkbookTests.libreOfficeInstalled))
    func libreOfficeConvertsEverySheetAndThePanelEqualsPanelCSV() throws {
        let folder = try run()
        let result = try script([Self.tools.appendingPathComponent("check_workbook_libreoffice.sh").path, folder.path, "面板"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("0 differences"))
    }
}
