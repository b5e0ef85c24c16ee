import CSV
import Foundation

/// A table bound for a CSV file: a header and typed rows. Typing the cells is
/// what lets the writer neutralise formula-like text without touching numbers.
public struct CSVTable: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(String)
        case empty
    }

    public var header: [String]
    public var rows: [[Cell]]

    public init(header: [String], rows: [[Cell]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Text that a spreadsheet would run as a formula (= + - @, or a leading
    /// tab/CR) gets a leading apostrophe, as OWASP recommends.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + text
        default: return text
        }
    }

    /// RFC 4180 bytes, LF line ends, optional UTF-8 byte-order mark.
    public func encoded(byteOrderMark: Bool) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .lf)
        try writer.write(row: header)
        for row in rows {
            try writer.write(row: row.map { cell in
                switch cell {
                case let .text(value): return Self.neutralised(value)
                case let .number(value): return value
                case .empty: return ""
                }
            })
        }
        stream.close()
        var data = byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()
        if let written = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data {
            data.append(written)
        }
        data.append(0x0A)
        return data
    }

    public func write(to url: URL, byteOrderMark: Bool) throws {
        try AtomicFile.write(try encoded(byteOrderMark: byteOrderMark), to: url)
    }
}

extension CSVTable.Cell {
    public init(_ text: String?) {
        self = text.map { $0.isEmpty ? .empty : .text($0) } ?? .empty
    }

    public init(_ number: Int?) {
        self = number.map { .number(String($0)) } ?? .empty
    }
}
