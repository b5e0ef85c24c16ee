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

    init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "md": self = .text
        case "html", "htm": self = .html
        case "docx": self = .docx
        case "pdf": self = .pdf
        case "doc", "wps": self = .legacyWord
        default: return nil
        }
    }

    /// Every extension read as a report (the manifest may name documents with one).
    static let extensions: Set<String> = ["txt", "md", "html", "htm", "docx", "pdf", "doc", "wps"]

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
