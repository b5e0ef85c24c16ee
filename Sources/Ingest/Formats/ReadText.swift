import PipelineCore

/// What a format reader got out of one file: the report's text, how its
/// bytes were encoded (for formats that say), and what the file's own
/// structure states about the document, such as a portal's metadata table.
struct ReadText: Equatable {
    var text: String
    var encoding: String?
    var embedded = DocumentMetadata()
    /// The page's publication date: the signing date's last resort.
    var published: String?
}
