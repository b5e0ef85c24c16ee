/// What later stages need to know about a document besides its text:
/// file facts, how it was read, and its metadata. Carried from normalize
/// onwards in every artifact so that `documents.csv` can be written from
/// the last one.
public struct DocumentFacts: Codable, Equatable, Sendable {
    public var document: String
    public var sourcePath: String
    public var sha256: String
    public var format: String
    public var encoding: String?
    /// `simplified` / `traditional`; nil when there was no text.
    public var script: String?
    public var metadata: DocumentMetadata
    /// Metadata fields that came from the manifest.
    public var declaredFields: [String]
    /// Metadata fields that came from the file's own metadata (a portal page's block).
    public var embeddedFields: [String]
    /// Length of the decoded original text in Unicode scalars; nil when unread.
    public var characters: Int?
    /// Why the document could not be read, when it could not.
    public var failure: String?

    public init(document: String, sourcePath: String, sha256: String, format: String, encoding: String?,
                script: String?, metadata: DocumentMetadata, declaredFields: [String], embeddedFields: [String] = [],
                characters: Int?,
                failure: String?) {
        self.document = document
        self.sourcePath = sourcePath
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.script = script
        self.metadata = metadata
        self.declaredFields = declaredFields
        self.embeddedFields = embeddedFields
        self.characters = characters
        self.failure = failure
    }

    /// Township and year, when both are known: where the document goes in the panel.
    public var townshipYear: (township: String, year: Int)? {
        guard let township = metadata.township, let year = metadata.reportYear else { return nil }
        return (township, year)
    }
}

extension DocumentFacts: JSONWritable {
    public func write(to json: inout JSONText) {
        json.object { json in
            json.member("characters", characters)
            json.key("declaredFields"); json.strings(declaredFields)
            json.key("document"); json.string(document)
            json.key("embeddedFields"); json.strings(embeddedFields)
            json.member("encoding", encoding)
            json.member("failure", failure)
            json.key("format"); json.string(format)
            json.key("metadata"); json.value(metadata)
            json.member("script", script)
            json.key("sha256"); json.string(sha256)
            json.key("sourcePath"); json.string(sourcePath)
        }
    }
}

extension DocumentFacts: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        var document, sourcePath, sha256, format: String?
        var encoding, script, failure: String?
        var metadata: DocumentMetadata?
        var declaredFields, embeddedFields: [String]?
        var characters: Int?
        try json.object { json, key in
            switch key {
            case "characters": characters = try json.optionalInt()
            case "declaredFields": declaredFields = try json.strings()
            case "document": document = try json.string()
            case "embeddedFields": embeddedFields = try json.strings()
            case "encoding": encoding = try json.optionalString()
            case "failure": failure = try json.optionalString()
            case "format": format = try json.string()
            case "metadata": metadata = try DocumentMetadata(json: &json, blobs: blobs)
            case "script": script = try json.optionalString()
            case "sha256": sha256 = try json.string()
            case "sourcePath": sourcePath = try json.string()
            default: try json.skipValue()
            }
        }
        self.init(document: try json.required(document, "document"), sourcePath: try json.required(sourcePath, "sourcePath"),
                  sha256: try json.required(sha256, "sha256"), format: try json.required(format, "format"),
                  encoding: encoding, script: script, metadata: try json.required(metadata, "metadata"),
                  declaredFields: try json.required(declaredFields, "declaredFields"),
                  embeddedFields: try json.required(embeddedFields, "embeddedFields"), characters: characters, failure: failure)
    }
}
