import PipelineCore

/// The extract stage's record of one document.
public struct ExtractedDocument: Codable, Sendable {
    public var facts: DocumentFacts
    /// Every indicator mention, in text order; nil compliance for unread documents.
    public var mentions: [Mention]
    public var compliance: Compliance?

    public var document: String { facts.document }

    public init(facts: DocumentFacts, mentions: [Mention], compliance: Compliance?) {
        self.facts = facts
        self.mentions = mentions
        self.compliance = compliance
    }
}

extension ExtractedDocument: JSONWritable {
    public func write(to json: inout JSONText) {
        json.object { json in
            if let compliance { json.key("compliance"); json.value(compliance) }
            json.key("facts"); json.value(facts)
            json.key("mentions"); json.values(mentions)
        }
    }
}

extension ExtractedDocument: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        var facts: DocumentFacts?
        var mentions: [Mention]?
        var compliance: Compliance?
        try json.object { json, key in
            switch key {
            case "compliance": compliance = try json.null() ? nil : Compliance(json: &json, blobs: blobs)
            case "facts": facts = try DocumentFacts(json: &json, blobs: blobs)
            case "mentions": mentions = try json.values(Mention.self, blobs: blobs)
            default: try json.skipValue()
            }
        }
        self.init(facts: try json.required(facts, "facts"), mentions: try json.required(mentions, "mentions"), compliance: compliance)
    }
}
