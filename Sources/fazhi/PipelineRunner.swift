import Aggregate
import ArgumentParser
import Export
import Extract
import Foundation
import Ingest
import Logging
import Normalize
import PipelineCore

/// Runs stages for one command: loads the pipeline, decides per stage
/// whether it is up to date (and says why not), hands each stage the
/// previous stage's artifact, and turns the outcome into an exit status
/// (0 clean, 1 failed, 3 document problems).
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

    /// Runs `body` under the pipeline's lock, reports problems on stderr and
    /// the summary line, and maps the outcome to the exit status.
    static func finish(_ options: PipelineOptions, _ body: (PipelineRunner) throws -> [StageReport]) throws {
        let logger = FazhiLogging.logger(quiet: options.quiet)
        let started = Date()
        let reports: [StageReport]
        do {
            let runner = try PipelineRunner(options, logger: logger)
            let lock = try PipelineLock.acquire(in: runner.paths.output, wait: options.wait, logger: logger)
            defer { lock.release() }
            reports = try body(runner)
        } catch let error as PipelineError {
            logger.error("\(error.description)")
            throw ExitCode.failure
        } catch let error as CatalogueError {
            logger.error("\(error.description)")
            throw ExitCode.failure
        }
        let problems = reports.last?.problems ?? []
        FazhiLogging.printProblems(problems)
        if !options.quiet {
            FazhiLogging.printSummary(RunSummary(reports: reports, seconds: Date().timeIntervalSince(started)))
        }
        if !problems.isEmpty { throw ExitCode(3) }
    }

    /// `first` and every stage after it (only `first` with `only`); stages
    /// that are up to date are skipped with a log line.
    func run(from first: StageName, only: Bool = false) throws -> [StageReport] {
        let catalogue = first <= .aggregate ? try CatalogueLoader.load(from: paths.catalogue) : nil
        let store = paths.artifacts
        let runOptions = StageRunOptions(force: options.force, jobs: options.jobs,
                                         progress: options.quiet ? nil : TerminalProgress.forStandardError())
        let ingestPlan = first == .ingest ? try IngestStage.plan(input: paths.input) : nil
        var upstreamFingerprint = first == .ingest ? "" : (store.manifest(for: first.upstream!)?.fingerprint ?? "")
        var reports: [StageReport] = []
        var aggregated: (tables: AggregateTables, problems: [Problem])?
        for stage in StageName.allCases where stage >= first && (!only || stage == first) {
            let configuration: String
            switch stage {
            case .ingest: configuration = ingestPlan!.fingerprint
            case .normalize: configuration = ""
            case .extract, .aggregate: configuration = catalogue!.sourceHash
            case .export:
                configuration = "bom=\(exportOptions.byteOrderMark) sheets=\(exportOptions.sheetLanguage.rawValue) "
                    + "pipeline=\(exportOptions.pipeline) files=\(ExportStage.files.joined(separator: ","))"
            }
            let fingerprint = StageManifest.fingerprint(stage: stage, fazhi: FazhiVersion.current,
                                                        configuration: configuration, inputs: upstreamFingerprint)
            upstreamFingerprint = fingerprint
            let status = store.status(of: stage, fingerprint: fingerprint, outputs: outputs(of: stage), force: options.force)
            guard status.needsRun else {
                logger.info("\(stage.rawValue): up to date, skipped")
                reports.append(StageReport(stage: stage, processed: 0, reused: ingestPlan?.count ?? 0, problems: [], skipped: true))
                continue
            }
            logger.info("\(stage.rawValue): running (\(status))")
            let manifest = StageManifest(fazhi: FazhiVersion.current, fingerprint: fingerprint)
            let started = Date()
            reports.append(try execute(stage, plan: ingestPlan, catalogue: catalogue, options: runOptions, manifest: manifest, aggregated: &aggregated))
            logger.info("\(stage.rawValue): done in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        }
        // A skipped last stage: its problems are the ones stored with it.
        if let last = reports.last, last.skipped {
            reports[reports.count - 1].problems = try storedProblems(after: last.stage)
        }
        return reports
    }

    private var exportOptions: ExportStage.Options {
        ExportStage.Options(byteOrderMark: config.options.csvBOM && !options.noBom, pipeline: config.name,
                            sheetLanguage: config.options.sheetLanguage)
    }

    /// Files whose absence makes a stage out of date.
    private func outputs(of stage: StageName) -> [URL] {
        let store = paths.artifacts
        switch stage {
        case .ingest, .normalize, .extract: return [store.recordsFile(for: stage), store.indexFile(for: stage)]
        case .aggregate: return [store.tablesFile(for: stage)]
        case .export: return ExportStage.files.map { paths.output.appendingPathComponent($0) }
        }
    }

    /// The problems known after a skipped stage, from its stored artifact.
    private func storedProblems(after stage: StageName) throws -> [Problem] {
        let store = paths.artifacts
        switch stage {
        case .ingest, .normalize, .extract:
            return try store.readProblems(from: stage, for: stage) + store.records(of: stage, for: stage).problems
        case .aggregate, .export:
            return try store.readProblems(from: .aggregate, for: stage)
        }
    }

    private func execute(_ stage: StageName, plan: IngestStage.Plan?, catalogue: Catalogue?, options: StageRunOptions, manifest: StageManifest,
                         aggregated: inout (tables: AggregateTables, problems: [Problem])?) throws -> StageReport {
        let store = paths.artifacts
        switch stage {
        case .ingest:
            return try IngestStage.run(plan!, store: store, options: options, manifest: manifest, logger: logger)
        case .normalize:
            return try NormalizeStage.run(store: store, options: options, manifest: manifest, logger: logger)
        case .extract:
            return try ExtractStage.run(catalogue: catalogue!, store: store, options: options,
                                        manifest: manifest, logger: logger)
        case .aggregate:
            let result = try AggregateStage.run(catalogue: catalogue!, store: store, options: options, manifest: manifest, logger: logger)
            aggregated = (result.tables, result.report.problems)
            return result.report
        case .export:
            // Tables aggregate made in this run go straight to export; otherwise export reads the artifact.
            return try ExportStage.run(store: store, to: paths.output, options: exportOptions, jobs: options.jobs, manifest: manifest,
                                       handedOver: aggregated, logger: logger)
        }
    }
}
