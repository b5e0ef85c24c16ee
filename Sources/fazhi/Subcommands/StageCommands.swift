import ArgumentParser
import PipelineCore

/// A subcommand that reruns one stage from the previous stage's stored
/// artifact, then the stages after it so the outputs reflect it (`--only`:
/// just this stage). Upstream artifacts are read, never rewritten.
protocol StageCommand: ParsableCommand {
    static var stage: StageName { get }
    var options: PipelineOptions { get }
    var only: Bool { get }
}

extension StageCommand {
    func run() throws {
        try PipelineRunner.finish(options) { runner in try runner.run(from: Self.stage, only: only) }
    }

    static func abstract(_ what: String) -> String {
        "\(what) Then runs the later stages, unless --only."
    }
}

/// `fazhi run`: every stage in order.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every stage: ingest, normalize, extract, aggregate, export.")

    @OptionGroup var options: PipelineOptions

    func run() throws {
        try PipelineRunner.finish(options) { runner in try runner.run(from: .ingest) }
    }
}

struct IngestCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: abstract("Read every report file (.txt .md .html .docx .pdf .doc .wps): get its text and metadata, record file facts."))
    static let stage = StageName.ingest
    @OptionGroup var options: PipelineOptions
    @Flag(help: "Run only this stage.") var only = false
}

struct NormalizeCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize", abstract: abstract("Normalize the ingested texts: script, width, spacing, lines, metadata, sections."))
    static let stage = StageName.normalize
    @OptionGroup var options: PipelineOptions
    @Flag(help: "Run only this stage.") var only = false
}

struct ExtractCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: abstract("Extract indicator mentions with evidence, using the catalogue."))
    static let stage = StageName.extract
    @OptionGroup var options: PipelineOptions
    @Flag(help: "Run only this stage.") var only = false
}

struct AggregateCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate", abstract: abstract("Pick township-year values; build the panel, comparison, roll-ups, coverage."))
    static let stage = StageName.aggregate
    @OptionGroup var options: PipelineOptions
    @Flag(help: "Run only this stage.") var only = false
}

struct ExportCommand: StageCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the CSV files and report.xlsx from the stored aggregate artifact.")
    static let stage = StageName.export
    @OptionGroup var options: PipelineOptions
    @Flag(help: "Run only this stage.") var only = false
}
