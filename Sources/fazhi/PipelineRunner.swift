import Aggregate
import ArgumentParser
import Export
import Extract
import Foundation
import Ingest
import Logging
import Normalize
import PipelineCore

/// Runs stages for one command: loads the pipeline, hands each stage the
/// previous stage's artifact, stores what it makes, and turns the outcome
/// into an exit status (0 clean, 1 failed, 3 document problems).
struct PipelineRunner {
    let options: PipelineOptions
    let config: PipelineConfig
    let paths: PipelinePaths
    let logger: Logger

    init(_ options: PipelineOptions, logger: Logger) throws {
        self.options = options
        self.logger = logger
        let file = URL(fileURLWithPath: options.pipeline)
        config = try PipelineConfig.load(from: file)
        paths = PipelinePaths(config: config, pipelineFile: file, inputOverride: options.input, outRootOverride: options.out)
    }

    /// Runs `body`, reports problems on stderr and maps the outcome to the exit status.
    static func finish(_ options: PipelineOptions, _ body: (PipelineRunner) throws -> [Problem]) throws {
        let logger = FazhiLogging.logger(quiet: options.quiet)
        let problems: [Problem]
        do {
            problems = try body(PipelineRunner(options, logger: logger))
        } catch let error as PipelineError {
            logger.error("\(error.description)")
            throw ExitCode.failure
        } catch let error as CatalogueError {
            logger.error("\(error.description)")
            throw ExitCode.failure
        }
        for problem in problems {
            FazhiLogging.printProblem(problem)
        }
        if !problems.isEmpty {
            logger.warning("\(problems.count) problem(s) with documents; see problems.csv")
            throw ExitCode(3)
        }
    }

    /// `first` and every stage after it; returns the problems known at the end.
    func run(from first: StageName, only: Bool = false) throws -> [Problem] {
        let catalogue = first <= .aggregate ? try CatalogueLoader.load(from: paths.catalogue) : nil
        var problems: [Problem] = []
        for stage in StageName.allCases where stage >= first && (!only || stage == first) {
            problems = try execute(stage, catalogue: catalogue)
        }
        return problems
    }

    /// Runs one stage from the stored upstream artifact; returns the problems known after it.
    private func execute(_ stage: StageName, catalogue: Catalogue?) throws -> [Problem] {
        let store = paths.artifacts
        switch stage {
        case .ingest:
            let output = try IngestStage.run(input: paths.input, jobs: options.jobs, logger: logger)
            try store.write(output.documents, problems: output.problems, for: .ingest)
            return output.problems
        case .normalize:
            let ingested = try store.read(IngestedDocument.self, from: .ingest, for: .normalize)
            let upstream = try store.readProblems(from: .ingest, for: .normalize)
            let output = try NormalizeStage.run(ingested, upstreamProblems: upstream, jobs: options.jobs, logger: logger)
            try store.write(output.documents, problems: output.problems, for: .normalize)
            return output.problems
        case .extract:
            let normalized = try store.read(NormalizedDocument.self, from: .normalize, for: .extract)
            let upstream = try store.readProblems(from: .normalize, for: .extract)
            let output = try ExtractStage.run(normalized, catalogue: catalogue!, upstreamProblems: upstream,
                                              jobs: options.jobs, logger: logger)
            try store.write(output.documents, problems: output.problems, for: .extract)
            return output.problems
        case .aggregate:
            let extracted = try store.read(ExtractedDocument.self, from: .extract, for: .aggregate)
            let upstream = try store.readProblems(from: .extract, for: .aggregate)
            let output = AggregateStage.run(extracted, catalogue: catalogue!, upstreamProblems: upstream, logger: logger)
            try store.write(tables: output.tables, problems: output.problems, for: .aggregate)
            return output.problems
        case .export:
            let tables = try store.readTables(AggregateTables.self, from: .aggregate, for: .export)
            let problems = try store.readProblems(from: .aggregate, for: .export)
            let exportOptions = ExportStage.Options(byteOrderMark: config.options.csvBOM && !options.noBom)
            try ExportStage.run(tables: tables, problems: problems, to: paths.output, options: exportOptions, logger: logger)
            return problems
        }
    }
}
