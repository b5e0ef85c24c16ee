/// The ingest stage's record of one input file: its bytes' identity, how
/// they were decoded, and the decoded text in the original script.
public struct IngestedDocument: Codable, Sendable {
    /// Path relative to the input root, without extension.
    public var document: String
    /// The file as found, relative to the input root.
    public var sourcePath: String
    public var sha256: String
    /// File format: `txt`, `md`, …
    public var format: String
    /// Detected encoding (iconv name), nil when decoding failed.
    public var encoding: String?
    /// Decoded text exactly as the file has it (original script), nil when
    /// the file could not be read.
    public var text: String?
    /// Metadata declared outside the text (manifest.csv), which wins over
    /// anything inferred from the text.
    public var declared: DocumentMetadata
    /// Metadata the file's own structure states (a portal page's 发布机构,
    /// 发文字号, 成文日期): below `declared`, above what the text implies.
    public var embedded: DocumentMetadata
    /// A portal page's publication date, the signing date's last resort.
    public var published: String?
    /// Why the document could not be used, when it could not.
    public var failure: String?

    public init(document: String, sourcePath: String, sha256: String, format: String,
                encoding: String?, text: String?, declared: DocumentMetadata, failure: String?,
                embedded: DocumentMetadata = DocumentMetadata(), published: String? = nil) {
        self.document = document
        self.sourcePath = sourcePath
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.text = text
        self.declared = declared
        self.failure = failure
        self.embedded = embedded
        self.published = published
    }

    enum CodingKeys: String, CodingKey {
        case document, sourcePath, sha256, format, encoding, textBlob, declared, embedded, published, failure
    }

    /// The text goes to the stage's blobs.bin; the record keeps a reference.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(sourcePath, forKey: .sourcePath)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(format, forKey: .format)
        try container.encodeIfPresent(encoding, forKey: .encoding)
        try container.encodeIfPresent(try text.map { try BlobCoding.store($0, in: encoder) }, forKey: .textBlob)
        try container.encode(declared, forKey: .declared)
        if embedded != DocumentMetadata() { try container.encode(embedded, forKey: .embedded) }
        try container.encodeIfPresent(published, forKey: .published)
        try container.encodeIfPresent(failure, forKey: .failure)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decode(String.self, forKey: .document)
        sourcePath = try container.decode(String.self, forKey: .sourcePath)
        sha256 = try container.decode(String.self, forKey: .sha256)
        format = try container.decode(String.self, forKey: .format)
        encoding = try container.decodeIfPresent(String.self, forKey: .encoding)
        text = try container.decodeIfPresent(BlobRef.self, forKey: .textBlob).map { try BlobCoding.text($0, from: decoder) }
        declared = try container.decode(DocumentMetadata.self, forKey: .declared)
        embedded = try container.decodeIfPresent(DocumentMetadata.self, forKey: .embedded) ?? DocumentMetadata()
        published = try container.decodeIfPresent(String.self, forKey: .published)
        failure = try container.decodeIfPresent(String.self, forKey: .failure)
    }
}

extension IngestedDocument: JSONWritable {
    public func write(to json: inout JSONText) {
        write(to: &json, textBlob: text.map { json.store($0) })
    }

    /// With the text already stored: a record that holds this one stores
    /// its blobs in the order its Codable form does.
    public func write(to json: inout JSONText, textBlob: BlobRef?) {
        json.object { json in
            json.key("declared"); json.value(declared)
            json.key("document"); json.string(document)
            if embedded != DocumentMetadata() { json.key("embedded"); json.value(embedded) }
            json.member("encoding", encoding)
            json.member("failure", failure)
            json.key("format"); json.string(format)
            json.member("published", published)
            json.key("sha256"); json.string(sha256)
            json.key("sourcePath"); json.string(sourcePath)
            if let textBlob { json.key("textBlob"); json.value(textBlob) }
        }
    }
}

extension IngestedDocument: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        var document, sourcePath, sha256, format: String?
        var encoding, text, published, failure: String?
        var declared: DocumentMetadata?
        var embedded = DocumentMetadata()
        try json.object { json, key in
            switch key {
            case "declared": declared = try DocumentMetadata(json: &json, blobs: blobs)
            case "document": document = try json.string()
            case "embedded": embedded = try DocumentMetadata(json: &json, blobs: blobs)
            case "encoding": encoding = try json.optionalString()
            case "failure": failure = try json.optionalString()
            case "format": format = try json.string()
            case "published": published = try json.optionalString()
            case "sha256": sha256 = try json.string()
            case "sourcePath": sourcePath = try json.string()
            case "textBlob": text = try json.null() ? nil : json.blobText(blobs)
            default: try json.skipValue()
            }
        }
        self.init(document: try json.required(document, "document"), sourcePath: try json.required(sourcePath, "sourcePath"),
                  sha256: try json.required(sha256, "sha256"), format: try json.required(format, "format"),
                  encoding: encoding, text: text, declared: try json.required(declared, "declared"), failure: failure,
                  embedded: embedded, published: published)
    }
}
