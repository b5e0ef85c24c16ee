import ArgumentParser
import Export
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

    /// Stages this build does not implement yet, and what they will do.
    static let pending: [StageName: String] = [
        .extract: "indicator extraction is not implemented in this build yet (it will read pipelines/indicators/*.yaml and write evidence); nothing was written",
        .aggregate: "aggregation is not implemented in this build yet (township-year panel and multi-year comparison); nothing was written",
    ]

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
        }
        for problem in problems {
            FazhiLogging.printProblem(problem)
        }
        if !problems.isEmpty {
            logger.warning("\(problems.count) problem(s) with documents; see problems.csv")
            throw ExitCode(3)
        }
    }

    /// Every stage in order; stages not in this build are skipped with a notice.
    func runAll() throws -> [Problem] {
        var problems: [Problem] = []
        for stage in StageName.allCases {
            if let notice = Self.pending[stage] {
                logger.notice("\(stage.rawValue): skipped: \(notice)")
                continue
            }
            problems = try run(stage)
        }
        return problems
    }

    /// Runs one stage from the stored upstream artifact; returns the problems known after it.
    func run(_ stage: StageName) throws -> [Problem] {
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
        case .extract, .aggregate:
            throw PipelineError.notImplemented(stage: stage, reason: Self.pending[stage] ?? "not implemented")
        case .export:
            let documents = try store.read(NormalizedDocument.self, from: .normalize, for: .export)
            let problems = try store.readProblems(from: .normalize, for: .export)
            let exportOptions = ExportStage.Options(byteOrderMark: config.options.csvBOM && !options.noBom)
            try ExportStage.run(documents: documents, problems: problems, to: paths.output,
                                options: exportOptions, logger: logger)
            return problems
        }
    }
}
