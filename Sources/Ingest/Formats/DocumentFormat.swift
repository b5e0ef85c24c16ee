/// The report formats ingest reads, told apart by file extension.
enum DocumentFormat: Sendable, Equatable {
    /// `.txt`, `.md`: bytes in some text encoding.
    case text
    /// `.html`, `.htm`: a page saved from a government portal.
    case html
    /// `.docx`: Office Open XML word processing package.
    case docx
    /// `.pdf`: text layer read by poppler's pdftotext.
    case pdf
    /// `.doc`, `.wps`: old binary Word/WPS files, converted by LibreOffice.
    case legacyWord

    /// Every extension read as a report, and its format.
    static let byExtension: [String: DocumentFormat] = [
        "txt": .text, "md": .text, "html": .html, "htm": .html, "docx": .docx, "pdf": .pdf, "doc": .legacyWord, "wps": .legacyWord,
    ]

    init?(fileExtension: String) {
        guard let format = Self.byExtension[fileExtension.lowercased()] else { return nil }
        self = format
    }

    /// The extensions of report files (the manifest may name documents with one).
    static var extensions: Set<String> { Set(byExtension.keys) }

    /// The outside program this format needs, if any.
    var tool: ExternalTool? {
        switch self {
        case .pdf: return .pdftotext
        case .legacyWord: return .soffice
        case .text, .html, .docx: return nil
        }
    }

    /// The name `documents.csv` records: the extension, with `.htm` as `html`.
    static func recordedName(of fileExtension: String) -> String {
        let lowered = fileExtension.lowercased()
        return lowered == "htm" ? "html" : lowered
    }
}
