/// Why one file could not be turned into text. These become problem rows;
/// they never stop the run.
enum IngestError: Error, CustomStringConvertible, Equatable {
    case libraryUnavailable(String)
    case unsupportedEncoding(String)
    case invalidBytes(encoding: String, offset: Int)
    case truncated(encoding: String, offset: Int)
    case emptyFile
    case binaryContent
    case undetectableEncoding(tried: [String])
    case unreadable(reason: String)
    case unsupportedFormat(String)
    case mixedEncodings(offset: Int)
    case tooLarge(bytes: Int, limit: Int)
    case noReportInPage(reason: String)
    case damagedPackage(reason: String)
    case hostilePackage(reason: String)
    case noTextLayer
    case toolMissing(command: String, package: String)
    case toolFailed(command: String, reason: String)

    var description: String {
        switch self {
        case let .libraryUnavailable(what): return "text decoding library unavailable: \(what)"
        case let .unsupportedEncoding(name): return "encoding \(name) is not supported by iconv"
        case let .invalidBytes(encoding, offset): return "invalid \(encoding) byte sequence at byte \(offset)"
        case let .truncated(encoding, offset): return "\(encoding) text ends mid-character at byte \(offset) (truncated file?)"
        case .emptyFile: return "empty file"
        case .binaryContent: return "binary content, not text"
        case let .undetectableEncoding(tried):
            return "cannot decode: not valid UTF-8, and no Chinese encoding fits (tried \(tried.joined(separator: ", ")))"
        case let .unreadable(reason): return "cannot read file: \(reason)"
        case let .unsupportedFormat(ext):
            return "format .\(ext) is not a report format fazhi reads (.txt, .md, .html, .htm, .docx, .pdf, .doc, .wps)"
        case let .mixedEncodings(offset):
            return "mixed encodings: UTF-8 text and bytes of another encoding (first non-UTF-8 byte at \(offset)); save the file in one encoding"
        case let .tooLarge(bytes, limit):
            return "file is \(bytes / 1_048_576) MB; reports are far smaller (limit \(limit / 1_048_576) MB), so it was not read"
        case let .noReportInPage(reason): return "page holds no report text: \(reason)"
        case let .damagedPackage(reason): return "damaged .docx package: \(reason)"
        case let .hostilePackage(reason): return "refused .docx package: \(reason)"
        case .noTextLayer: return "PDF has no text layer (a scanned image?); OCR it or supply the report as text"
        case let .toolMissing(command, package):
            return "reading this format needs `\(command)`, which is not installed (Debian package \(package))"
        case let .toolFailed(command, reason): return "\(command) failed: \(reason)"
        }
    }
}
