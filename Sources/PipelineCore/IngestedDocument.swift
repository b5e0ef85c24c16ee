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
    /// Why the document could not be used, when it could not.
    public var failure: String?

    public init(document: String, sourcePath: String, sha256: String, format: String,
                encoding: String?, text: String?, declared: DocumentMetadata, failure: String?) {
        self.document = document
        self.sourcePath = sourcePath
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.text = text
        self.declared = declared
        self.failure = failure
    }
}
