import Aggregate
import ArgumentParser
import Evaluation
import Foundation
import PipelineCore

/// `fazhi eval --gold GOLD.csv`: precision, recall and F1 per indicator of the
/// last run's values, with the rules of shared/tools/score.py.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the last run's indicator values against hand-made gold (precision/recall/F1 per indicator).",
        discussion: """
        GOLD.csv has the columns doc (or document), indicator, value, qualifier; rows whose \
        qualifier is `ambiguous` are ignored. Only documents named in the gold (or in --docs) \
        are scored. Reads OUT/<pipeline>/stages/aggregate/tables.json: run `fazhi run` first.
        """)

    @Option(help: ArgumentHelp("Gold values (CSV).", valueName: "file"))
    var gold: String

    @Option(help: ArgumentHelp("Also score every document listed in this CSV's `document` column.", valueName: "file"))
    var docs: String?

    @Flag(help: "List the wrong, extra and missed values on stderr.")
    var verbose = false

    @OptionGroup var options: PipelineOptions

    func run() throws {
        let logger = FazhiLogging.logger(quiet: options.quiet)
        do {
            let runner = try PipelineRunner(options, logger: logger)
            let tables = try runner.paths.artifacts.readTables(AggregateTables.self, from: .aggregate, for: .export)
            let extra = try docs.map { try CSVRows.read(URL(fileURLWithPath: $0)).compactMap { $0["document"] ?? $0["doc"] } } ?? []
            let score = GoldScore(goldRows: try CSVRows.read(URL(fileURLWithPath: gold)), values: tables.values, documents: extra)
            print(score.report)
            if verbose {
                for miss in score.misses { FileHandle.standardError.write(Data(("  " + miss + "\n").utf8)) }
            }
        } catch let error as PipelineError {
            logger.error("\(error.description)")
            throw ExitCode.failure
        }
    }
}
