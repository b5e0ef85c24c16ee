import ArgumentParser
import PipelineCore

/// A subcommand that runs one stage from the previous stage's stored artifact.
protocol StageCommand: ParsableCommand {
    static var stage: StageName { get }
    var options: PipelineOptions { get }
}

extension StageCommand {
    func run() throws {
        try PipelineRunner.finish(options) { runner in try runner.run(Self.stage) }
    }
}

/// `fazhi run`: every stage in order.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every stage: ingest, normalize, extract, aggregate, export.")

    @OptionGroup var options: PipelineOptions

    func run() throws {
        try PipelineRunner.finish(options) { runner in try runner.runAll() }
    }
}

struct IngestCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read every report file (.txt, .md): detect the encoding, decode, record file facts.")
    static let stage = StageName.ingest
    @OptionGroup var options: PipelineOptions
}

struct NormalizeCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize the ingested texts: simplified script, width, spacing, lines, metadata, sections.")
    static let stage = StageName.normalize
    @OptionGroup var options: PipelineOptions
}

struct ExtractCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract indicator mentions with evidence (not implemented in this build).")
    static let stage = StageName.extract
    @OptionGroup var options: PipelineOptions
}

struct AggregateCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Aggregate township-year values, panel and comparison (not implemented in this build).")
    static let stage = StageName.aggregate
    @OptionGroup var options: PipelineOptions
}

struct ExportCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the output files (documents.csv, problems.csv) from the stored artifacts.")
    static let stage = StageName.export
    @OptionGroup var options: PipelineOptions
}
