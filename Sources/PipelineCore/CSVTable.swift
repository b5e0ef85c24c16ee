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
    ///
    /// Written here rather than with CSV.swift's CSVWriter (still used for
    /// reading): its writer checks every field with Foundation's String
    /// search and writes byte by byte to an OutputStream, which made export
    /// the slowest stage on 10,000 reports. The quoting rule is the same:
    /// quote a field holding a quote, comma, CR or LF; double its quotes.
    public func encoded(byteOrderMark: Bool) throws -> Data {
        var bytes: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        bytes.reserveCapacity(rows.count * 64 + 256)
        Self.append(row: header, to: &bytes)
        for row in rows {
            Self.append(row: row.map { cell in
                switch cell {
                case let .text(value): return Self.neutralised(value)
                case let .number(value): return value
                case .empty: return ""
                }
            }, to: &bytes)
        }
        return Data(bytes)
    }

    private static func append(row: [String], to bytes: inout [UInt8]) {
        for (index, field) in row.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            let utf8 = field.utf8
            let needsQuotes = utf8.contains { $0 == 0x22 || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }
            guard needsQuotes else {
                bytes.append(contentsOf: utf8)
                continue
            }
            bytes.append(0x22)
            for byte in utf8 {
                bytes.append(byte)
                if byte == 0x22 { bytes.append(0x22) }
            }
            bytes.append(0x22)
        }
        bytes.append(0x0A)
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
