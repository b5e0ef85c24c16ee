import PipelineCore

/// The normalize stage's record of one document.
public struct NormalizedDocument: Codable, Sendable {
    /// The ingest record, original text included (evidence quotes it).
    public var source: IngestedDocument
    /// Script the report was published in; nil when there was no text.
    public var script: Script?
    /// Simplified, width-folded text, one paragraph per line.
    public var text: String
    /// Normalized offset → original offset.
    public var offsets: OffsetMap
    public var sections: [Section]
    /// Inferred from the text, with declared values (manifest) laid over it.
    public var metadata: DocumentMetadata
    /// Which metadata fields came from the manifest.
    public var declaredFields: [String]
    /// Which came from the file's own metadata (a portal's 发布机构, 发文字号, 成文日期).
    public var embeddedFields: [String]

    public var document: String { source.document }

    enum CodingKeys: String, CodingKey {
        case source, script, textBlob, offsets, sections, metadata, declaredFields, embeddedFields
    }

    /// The normalized text goes to the stage's blobs.bin (as does the
    /// original, inside `source`); the record keeps references.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(script, forKey: .script)
        try container.encode(try BlobCoding.store(text, in: encoder), forKey: .textBlob)
        try container.encode(offsets, forKey: .offsets)
        try container.encode(sections, forKey: .sections)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(declaredFields, forKey: .declaredFields)
        try container.encode(embeddedFields, forKey: .embeddedFields)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(IngestedDocument.self, forKey: .source)
        script = try container.decodeIfPresent(Script.self, forKey: .script)
        text = try BlobCoding.text(try container.decode(BlobRef.self, forKey: .textBlob), from: decoder)
        offsets = try container.decode(OffsetMap.self, forKey: .offsets)
        sections = try container.decode([Section].self, forKey: .sections)
        metadata = try container.decode(DocumentMetadata.self, forKey: .metadata)
        declaredFields = try container.decode([String].self, forKey: .declaredFields)
        embeddedFields = try container.decode([String].self, forKey: .embeddedFields)
    }

    public init(source: IngestedDocument, script: Script?, text: String, offsets: OffsetMap,
                sections: [Section], metadata: DocumentMetadata, declaredFields: [String], embeddedFields: [String]) {
        self.source = source
        self.script = script
        self.text = text
        self.offsets = offsets
        self.sections = sections
        self.metadata = metadata
        self.declaredFields = declaredFields
        self.embeddedFields = embeddedFields
    }
}

extension NormalizedDocument {
    /// The facts later stages carry forward instead of the texts.
    public var facts: DocumentFacts {
        DocumentFacts(document: source.document, sourcePath: source.sourcePath, sha256: source.sha256,
                      format: source.format, encoding: source.encoding, script: script?.rawValue,
                      metadata: metadata, declaredFields: declaredFields, embeddedFields: embeddedFields,
                      characters: source.text.map(\.scalarCount), failure: source.failure)
    }
}

extension NormalizedDocument: JSONWritable {
    /// Blobs in the Codable form's order: the original text, this text, the offset runs.
    public func write(to json: inout JSONText) {
        let originalBlob = source.text.map { json.store($0) }
        let textBlob = json.store(text)
        let runsBlob = json.store(offsets.flatRuns)
        json.object { json in
            json.key("declaredFields"); json.strings(declaredFields)
            json.key("embeddedFields"); json.strings(embeddedFields)
            json.key("metadata"); json.value(metadata)
            json.key("offsets")
            json.object { json in
                json.key("count"); json.int(offsets.count)
                json.key("runsBlob"); json.value(runsBlob)
            }
            json.member("script", script?.rawValue)
            json.key("sections"); json.values(sections)
            json.key("source"); source.write(to: &json, textBlob: originalBlob)
            json.key("textBlob"); json.value(textBlob)
        }
    }
}

extension NormalizedDocument: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        var source: IngestedDocument?
        var script: Script?
        var text: String?
        var offsets: OffsetMap?
        var sections: [Section]?
        var metadata: DocumentMetadata?
        var declaredFields, embeddedFields: [String]?
        try json.object { json, key in
            switch key {
            case "declaredFields": declaredFields = try json.strings()
            case "embeddedFields": embeddedFields = try json.strings()
            case "metadata": metadata = try DocumentMetadata(json: &json, blobs: blobs)
            case "offsets": offsets = try OffsetMap(json: &json, blobs: blobs)
            case "script": script = try json.null() ? nil : json.string(Script.self)
            case "sections": sections = try json.values(Section.self, blobs: blobs)
            case "source": source = try IngestedDocument(json: &json, blobs: blobs)
            case "textBlob": text = try json.blobText(blobs)
            default: try json.skipValue()
            }
        }
        self.init(source: try json.required(source, "source"), script: script, text: try json.required(text, "textBlob"),
                  offsets: try json.required(offsets, "offsets"), sections: try json.required(sections, "sections"),
                  metadata: try json.required(metadata, "metadata"), declaredFields: try json.required(declaredFields, "declaredFields"),
                  embeddedFields: try json.required(embeddedFields, "embeddedFields"))
    }
}
