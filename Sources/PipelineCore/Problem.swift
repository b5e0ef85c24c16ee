/// One thing that went wrong with one document (or with the run), as it
/// appears on stderr and in `problems.csv`.
public struct Problem: Codable, Equatable, Sendable {
    public enum Severity: String, Codable, Sendable {
        /// The document could not be used at all.
        case error
        /// The document was used, but something in it is missing or doubtful.
        case warning
    }

    public var document: String
    public var severity: Severity
    public var stage: StageName
    public var message: String

    public init(document: String, severity: Severity, stage: StageName, message: String) {
        self.document = document
        self.severity = severity
        self.stage = stage
        self.message = message
    }
}
