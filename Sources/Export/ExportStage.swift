import Aggregate
import Foundation
import Logging
import PipelineCore

/// export: the contract files under `out/<pipeline>/`, from the aggregate
/// artifact. Every file is written to a temp file and renamed.
public enum ExportStage {
    public struct Options: Sendable {
        public var byteOrderMark: Bool
        public init(byteOrderMark: Bool) { self.byteOrderMark = byteOrderMark }
    }

    /// The files this build writes, in writing order.
    public static let files = [
        "documents.csv", "indicator_values.csv", "evidence.csv", "compliance.csv", "panel.csv", "comparison.csv",
        "county_rollup.csv", "coverage.csv", "problems.csv",
    ]

    /// Reads the aggregate artifact and writes every file; the stage's
    /// manifest is stored last.
    /// - Parameter handedOver: the tables and problems aggregate made in this
    ///   same run (identical to its artifact); read from the artifact when nil.
    public static func run(store: ArtifactStore, to folder: URL, options: Options, jobs: Int, manifest: StageManifest,
                           handedOver: (tables: AggregateTables, problems: [Problem])? = nil,
                           logger: Logger) throws -> StageReport {
        let tables = try handedOver?.tables ?? store.readTables(AggregateTables.self, from: .aggregate, for: .export)
        let problems = try handedOver?.problems ?? store.readProblems(from: .aggregate, for: .export)
        try store.forgetCompletion(of: .export)
        try write(tables: tables, problems: problems, to: folder, options: options, jobs: jobs, logger: logger)
        try store.recordCompletion(manifest, for: .export)
        return StageReport(stage: .export, processed: tables.documents.count, reused: 0, problems: problems)
    }

    /// The files are made and written on `jobs` threads: indicator_values.csv
    /// and evidence.csv alone are most of the work, and land on different threads.
    static func write(tables: AggregateTables, problems: [Problem], to folder: URL,
                      options: Options, jobs: Int, logger: Logger) throws {
        let makers: [@Sendable () -> CSVTable] = [
            { DocumentsTable.make(tables.documents, problems: problems) },
            { IndicatorTables.values(tables) }, { IndicatorTables.evidence(tables) }, { IndicatorTables.compliance(tables) },
            { PanelTables.panel(tables) }, { PanelTables.comparison(tables) }, { PanelTables.countyRollup(tables) },
            { IndicatorTables.coverage(tables) }, { ProblemsTable.make(problems) },
        ]
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let written = try parallelMap(Array(files.indices), jobs: jobs, makeWorker: { () }) { _, index in
            Result { try makers[index]().write(to: folder.appendingPathComponent(files[index]), byteOrderMark: options.byteOrderMark) }
        }
        for result in written { try result.get() }
        logger.info("export: wrote \(files.count) files to \(folder.path)")
    }
}
