import Foundation
import Logging
import PipelineCore

/// Logging goes to stderr (stdout stays free for data); bootstrapped once.
enum FazhiLogging {
    private static let bootstrapped: Bool = {
        LoggingSystem.bootstrap { label in StreamLogHandler.standardError(label: label) }
        return true
    }()

    static func logger(quiet: Bool) -> Logger {
        _ = bootstrapped
        var logger = Logger(label: "fazhi")
        logger.logLevel = quiet ? .warning : .info
        return logger
    }

    /// One problem per line on stderr: `problem: <document> [<stage>] <severity>: <message>`
    /// (written in one go: thousands of problems should not cost thousands of writes).
    static func printProblems(_ problems: [Problem]) {
        var text = ""
        for problem in problems {
            text += "problem: \(problem.document) [\(problem.stage.rawValue)] \(problem.severity.rawValue): \(problem.message)\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func printSummary(_ summary: RunSummary) {
        FileHandle.standardError.write(Data((summary.description + "\n").utf8))
    }
}
