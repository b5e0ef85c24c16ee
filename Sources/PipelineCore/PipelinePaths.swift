import Foundation

/// The folders one run reads and writes, after command-line overrides.
public struct PipelinePaths: Sendable {
    /// The folder holding the reports.
    public let input: URL
    /// `<out>/<pipeline name>/`: every file of a run lands here.
    public let output: URL
    /// The indicator catalogue file.
    public let catalogue: URL

    public var artifacts: ArtifactStore { ArtifactStore(pipelineOutput: output) }

    public init(input: URL, output: URL, catalogue: URL) {
        self.input = input
        self.output = output
        self.catalogue = catalogue
    }

    /// Paths in the pipeline file are relative to that file's folder;
    /// `inputOverride`/`outRootOverride` (from the command line) are relative
    /// to the current directory.
    public init(config: PipelineConfig, pipelineFile: URL,
                inputOverride: String? = nil, outRootOverride: String? = nil) {
        let base = pipelineFile.deletingLastPathComponent()
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        func resolve(_ path: String, against folder: URL) -> URL {
            path.hasPrefix("/") ? URL(fileURLWithPath: path, isDirectory: true)
                : URL(fileURLWithPath: path, isDirectory: true, relativeTo: folder).standardizedFileURL
        }
        input = inputOverride.map { resolve($0, against: cwd) } ?? resolve(config.input, against: base)
        let outRoot = outRootOverride.map { resolve($0, against: cwd) } ?? resolve(config.output, against: base)
        output = outRoot.appendingPathComponent(config.name, isDirectory: true)
        catalogue = resolve(config.catalogue, against: base)
    }
}
