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

/// Problems are stored with every record that has one (records.index) and
/// in problems.jsonl: by the thousand, so they read and write their own JSON.
extension Problem: JSONWritable {
    public func write(to json: inout JSONText) {
        json.object { json in
            json.key("document"); json.string(document)
            json.key("message"); json.string(message)
            json.key("severity"); json.string(severity.rawValue)
            json.key("stage"); json.string(stage.rawValue)
        }
    }
}

extension Problem: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        var document: String?, severity: Severity?, stage: StageName?, message: String?
        try json.object { json, key in
            switch key {
            case "document": document = try json.string()
            case "severity": severity = try json.string(Severity.self)
            case "stage": stage = try json.string(StageName.self)
            case "message": message = try json.string()
            default: try json.skipValue()
            }
        }
        self.init(document: try json.required(document, "document"), severity: try json.required(severity, "severity"),
                  stage: try json.required(stage, "stage"), message: try json.required(message, "message"))
    }
}
