import Foundation
import Testing
@testable import PipelineCore

@Suite struct PipelineConfigTests {
    func write(_ yaml: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-config-\(UUID().uuidString)/pipelines")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("p.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func fillsDefaultsAndResolvesPathsAgainstTheFile() throws {
        let url = try write("version: 1\nname: towns\n")
        let config = try PipelineConfig.load(from: url)
        #expect(config.options.csvBOM)
        let paths = PipelinePaths(config: config, pipelineFile: url)
        let project = url.deletingLastPathComponent().deletingLastPathComponent().standardizedFileURL
        #expect(paths.input.path == project.appendingPathComponent("data/reports").path)
        #expect(paths.output.path == project.appendingPathComponent("out/towns").path)
    }

    @Test func commandLineOverridesWin() throws {
        let url = try write("version: 1\nname: towns\noptions:\n  csv_bom: false\n")
        let config = try PipelineConfig.load(from: url)
        #expect(config.options.csvBOM == false)
        let paths = PipelinePaths(config: config, pipelineFile: url, inputOverride: "/tmp/in", outRootOverride: "/tmp/o")
        #expect(paths.input.path == "/tmp/in")
        #expect(paths.output.path == "/tmp/o/towns")
    }

    @Test func rejectsANewerVersion() throws {
        let url = try write("version: 9\nname: towns\n")
        let error = #expect(throws: PipelineError.self) { try PipelineConfig.load(from: url) }
        #expect(error?.description.contains("version 9 is newer") == true)
    }

    @Test func reportsTheLineOfBrokenYAML() throws {
        let url = try write("version: 1\nname: towns\noptions: [unclosed\n")
        let error = #expect(throws: PipelineError.self) { try PipelineConfig.load(from: url) }
        #expect(error?.description.contains(url.path + ":") == true)
    }

    @Test func reportsAMissingKey() throws {
        let url = try write("name: towns\n")
        let error = #expect(throws: PipelineError.self) { try PipelineConfig.load(from: url) }
        #expect(error?.description.contains("missing key \"version\"") == true)
    }
}
