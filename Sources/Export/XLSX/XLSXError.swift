/// Why a workbook could not be written.
enum XLSXError: Error, CustomStringConvertible, Equatable {
    case cannotWrite(path: String)
    case xmlWriter
    case zip(String)
    case invalidSheetName(String)
    case tooManyRows(sheet: String, rows: Int)

    var description: String {
        switch self {
        case let .cannotWrite(path): return "cannot write workbook part \(path)"
        case .xmlWriter: return "libxml2's xmlTextWriter failed"
        case let .zip(reason): return "cannot zip the workbook: \(reason)"
        case let .invalidSheetName(name): return "invalid sheet name \"\(name)\""
        case let .tooManyRows(sheet, rows): return "sheet \(sheet) has \(rows) rows; Excel holds at most 1,048,576"
        }
    }
}
