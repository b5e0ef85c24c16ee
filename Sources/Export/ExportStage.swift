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
    public static func run(store: ArtifactStore, to folder: URL, options: Options, manifest: StageManifest,
                           handedOver: (tables: AggregateTables, problems: [Problem])? = nil,
                           logger: Logger) throws -> StageReport {
        let tables = try handedOver?.tables ?? store.readTables(AggregateTables.self, from: .aggregate, for: .export)
        let problems = try handedOver?.problems ?? store.readProblems(from: .aggregate, for: .export)
        try store.forgetCompletion(of: .export)
        let all = try write(tables: tables, problems: problems, to: folder, options: options, logger: logger)
        try store.recordCompletion(manifest, for: .export)
        return StageReport(stage: .export, processed: tables.documents.count, reused: 0, problems: all)
    }

    /// Writes the workbook, then the CSV files; returns the run's problems
    /// with the workbook's own (texts cut to fit a cell) added.
    static func write(tables: AggregateTables, problems: [Problem], to folder: URL,
                      options: Options, logger: Logger) throws -> [Problem] {
        let workbook = folder.appendingPathComponent(ReportWorkbook.fileName)
        let problems = problems + (try ReportWorkbook.write(tables, problems: problems, pipeline: options.pipeline,
                                                            language: options.sheetLanguage, to: workbook))
        let made: [CSVTable] = [
            DocumentsTable.make(tables.documents, problems: problems),
            IndicatorTables.values(tables), IndicatorTables.evidence(tables), IndicatorTables.compliance(tables),
            PanelTables.panel(tables), PanelTables.comparison(tables), PanelTables.countyRollup(tables),
            IndicatorTables.coverage(tables), ProblemsTable.make(problems),
        ]
        for (name, table) in zip(csvFiles, made) {
            try table.write(to: folder.appendingPathComponent(name), byteOrderMark: options.byteOrderMark)
        }
        logger.info("export: wrote \(files.count) files to \(folder.path)")
        return problems
    }
}
