import Aggregate
import Foundation
import Logging
import PipelineCore

/// export: the contract files under `out/<pipeline>/`, from the aggregate
/// artifact. Every file is written to a temp file and renamed.
public enum ExportStage {
    public struct Options: Sendable {
        public var byteOrderMark: Bool
        /// Names the workbook (its title) and its summary sheet.
        public var pipeline: String
        public var sheetLanguage: PipelineConfig.SheetLanguage

        public init(byteOrderMark: Bool, pipeline: String = "", sheetLanguage: PipelineConfig.SheetLanguage = .zh) {
            self.byteOrderMark = byteOrderMark
            self.pipeline = pipeline
            self.sheetLanguage = sheetLanguage
        }
    }

    /// The CSV files this build writes, in writing order.
    public static let csvFiles = [
        "documents.csv", "indicator_values.csv", "evidence.csv", "compliance.csv", "panel.csv", "comparison.csv",
        "county_rollup.csv", "coverage.csv", "problems.csv",
    ]

    /// Every file this build writes: the CSV files and the workbook.
    public static let files = csvFiles + [ReportWorkbook.fileName]

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
        let all = try write(tables: tables, problems: problems, to: folder, options: options, jobs: jobs, logger: logger)
        try store.recordCompletion(manifest, for: .export)
        return StageReport(stage: .export, processed: tables.documents.count, reused: 0, problems: all)
    }

    /// Writes the workbook's sheets on every core, then zips the workbook on
    /// one thread while the CSV files are written on the others (the zip is
    /// serial, and the longest single piece of work). Returns the run's
    /// problems with the export's own added: texts cut to fit a cell, and a
    /// workbook that could not be written, which never costs the CSV files.
    static func write(tables: AggregateTables, problems: [Problem], to folder: URL,
                      options: Options, jobs: Int, logger: Logger) throws -> [Problem] {
        let made = try IndicatorTables.Made(tables, jobs: jobs)
        var problems = problems + ReportWorkbook.overlongCells(made, problems: problems, language: options.sheetLanguage)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        nonisolated(unsafe) var workbookFailure: Error?
        nonisolated(unsafe) let sheets: XLSXPackager?
        do {
            sheets = try ReportWorkbook.writeSheets(tables, made: made, problems: problems, pipeline: options.pipeline,
                                                    language: options.sheetLanguage, to: folder.appendingPathComponent(ReportWorkbook.fileName))
        } catch {
            sheets = nil
            workbookFailure = error
        }
        let zipping = DispatchGroup()
        DispatchQueue.global().async(group: zipping) {
            do { try sheets?.close() } catch { workbookFailure = error }
        }
        // Never return (or throw) while the workbook is still being zipped.
        defer { zipping.wait() }
        try writeCSVFiles(tables: tables, made: made, problems: problems, to: folder, options: options, jobs: max(jobs - 1, 1))
        zipping.wait()
        if let workbookFailure {
            problems.append(Problem(document: ReportWorkbook.fileName, severity: .error, stage: .export,
                                    message: "\(ReportWorkbook.fileName) was not written: \(workbookFailure)"))
            try ProblemsTable.make(problems).write(to: folder.appendingPathComponent("problems.csv"), byteOrderMark: options.byteOrderMark)
        }
        logger.info("export: wrote \(files.count) files to \(folder.path)")
        return problems
    }

    /// The CSV files are made and written on `jobs` threads: indicator_values.csv
    /// and evidence.csv alone are most of the work, and land on different threads
    /// (their tables are made beforehand, once, for the workbook too).
    static func writeCSVFiles(tables: AggregateTables, made: IndicatorTables.Made, problems: [Problem], to folder: URL,
                              options: Options, jobs: Int) throws {
        let makers: [@Sendable () -> CSVTable] = [
            { DocumentsTable.make(tables.documents, problems: problems) },
            { made.values }, { made.evidence }, { IndicatorTables.compliance(tables) },
            { PanelTables.panel(tables) }, { PanelTables.comparison(tables) }, { PanelTables.countyRollup(tables) },
            { IndicatorTables.coverage(tables) }, { ProblemsTable.make(problems) },
        ]
        let written = try parallelMap(Array(csvFiles.indices), jobs: jobs, makeWorker: { () }) { _, index in
            Result { try makers[index]().write(to: folder.appendingPathComponent(csvFiles[index]), byteOrderMark: options.byteOrderMark) }
        }
        for result in written { try result.get() }
    }
}
