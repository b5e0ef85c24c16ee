import Foundation

/// One worker's readers for every format: text and HTML share its charset
/// detector and iconv handles, so it is not thread-safe.
final class FormatReader {
    private let decoder: TextDecoder

    init() throws {
        decoder = try TextDecoder()
    }

    /// The text of a file already read into `data`; the outside tools read
    /// `file` themselves.
    func read(_ data: Data, format: DocumentFormat, file: URL) throws -> ReadText {
        switch format {
        case .text:
            let decoded = try decoder.decode(data)
            return ReadText(text: decoded.text, encoding: decoded.encoding)
        case .html:
            return try HTMLPage.read(data, decoder: decoder)
        case .docx:
            return try WordDocument.read(data)
        case .pdf:
            return try PDFText.read(file: file)
        case .legacyWord:
            return try LegacyWord.read(file: file)
        }
    }
}
