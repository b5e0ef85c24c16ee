import Foundation
import Logging
import Normalize
import PipelineCore

/// export: the contract files under `out/<pipeline>/`. Every file is
/// written to a temp file and renamed.
public enum ExportStage {
    public struct Options: Sendable {
        public var byteOrderMark: Bool
        public init(byteOrderMark: Bool) { self.byteOrderMark = byteOrderMark }
    }

    /// The files this build writes, for messages and tests.
    public static let files = ["documents.csv", "problems.csv"]

    public static func run(documents: [NormalizedDocument], problems: [Problem], to folder: URL,
                           options: Options, logger: Logger) throws {
        let tables: [(String, CSVTable)] = [
            ("documents.csv", DocumentsTable.make(documents, problems: problems)),
            ("problems.csv", ProblemsTable.make(problems)),
        ]
        for (name, table) in tables {
            try table.write(to: folder.appendingPathComponent(name), byteOrderMark: options.byteOrderMark)
            logger.info("export: wrote \(name) (\(table.rows.count) rows)")
        }
    }
}
