import ArgumentParser
import Foundation

/// Options every stage command shares.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pipeline definition (YAML); its relative paths are relative to it.", valueName: "file"))
    var pipeline: String = "pipelines/rule-of-law.yaml"

    @Option(name: .long, help: ArgumentHelp("Read reports from this folder instead of the pipeline's input.", valueName: "dir"))
    var input: String?

    @Option(name: .long, help: ArgumentHelp("Write under this folder instead of the pipeline's output root; files land in <dir>/<pipeline name>/.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Redo every stage and every document, even where inputs are unchanged.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Write CSV files without the UTF-8 byte-order mark (for tools rather than Excel).")
    var noBom = false

    @Flag(name: .shortAndLong, help: "Log only warnings and errors; no progress bar, no summary line.")
    var quiet = false

    @Flag(help: "When another run holds the pipeline's lock, wait for it instead of failing.")
    var wait = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if let input, input.isEmpty { throw ValidationError("--input needs a folder") }
        if let out, out.isEmpty { throw ValidationError("--out needs a folder") }
    }
}
