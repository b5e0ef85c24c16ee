import Foundation

/// The rows of `<sheetData>`: the hot path of big sheets. Each slice of
/// rows is written by its own writer into its own file, the slices in
/// parallel; a row's markup is built in a reused byte buffer and handed to
/// the writer in one call, and only cell text goes through libxml2's escaping.
struct SheetDataWriter {
    let layout: SheetLayout
    private let writer: XMLWriter
    private var markup = RowMarkup()

    init(layout: SheetLayout, file: URL) throws {
        self.layout = layout
        writer = try XMLWriter(file: file, declaration: false)
    }

    /// Writes `slices` of `rows` into `files`, one slice per file, in parallel.
    static func write<Rows: RandomAccessCollection>(_ slices: [Range<Int>], of rows: Rows, layout: SheetLayout,
                                                     to files: [URL]) throws
    where Rows.Element == [XLSXCell], Rows.Index == Int {
        nonisolated(unsafe) var failures: [Error?] = Array(repeating: nil, count: slices.count)
        nonisolated(unsafe) let shared = rows
        failures.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: slices.count) { index in
                do {
                    var writer = try SheetDataWriter(layout: layout, file: files[index])
                    let offset = shared.startIndex
                    for position in slices[index] {
                        try writer.writeRow(shared[offset + position], number: position + 2)
                    }
                    try writer.finish()
                } catch {
                    results[index] = error
                }
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Flushes the slice's file.
    func finish() throws {
        try writer.finish()
    }

    /// One `<row>`; `number` is the 1-based sheet row (the header is row 1).
    /// Cells carry no `r`: their place is their position in the row, so an
    /// empty cell before a filled one is written as `<c/>`. That keeps a
    /// fifth of the bytes out of what is deflated.
    mutating func writeRow(_ row: [XLSXCell], number: Int) throws {
        markup.reset()
        markup.append("<row r=\"")
        markup.append(integer: number)
        markup.append("\">")
        var skipped = 0
        for cell in row.lazy.map(\.writable) {
            if case .empty = cell {
                skipped += 1
                continue
            }
            for _ in 0..<skipped { markup.append("<c/>") }
            skipped = 0
            switch cell {
            case let .text(text):
                markup.append(layout.wrapsText ? "<c s=\"3\" t=\"inlineStr\"><is><t" : "<c t=\"inlineStr\"><is><t")
                if Self.hasOuterSpace(text) { markup.append(" xml:space=\"preserve\"") }
                markup.append(">")
                try writer.raw(markup.bytes)
                markup.reset()
                try writer.escapedText(CellText.fitted(text))
                markup.append("</t></is></c>")
            case let .number(value):
                markup.append("<c><v>")
                markup.append(number: value)
                markup.append("</v></c>")
            case let .percent(value):
                markup.append("<c s=\"2\"><v>")
                markup.append(number: value)
                markup.append("</v></c>")
            case .empty:
                break
            }
        }
        markup.append("</row>")
        try writer.raw(markup.bytes)
    }

    /// Leading or trailing XML whitespace, which readers drop unless told to keep it.
    static func hasOuterSpace(_ text: String) -> Bool {
        let space: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return text.utf8.first.map(space) == true || text.utf8.last.map(space) == true
    }
}

extension XLSXCell {
    /// The cell as it can be written: XML cells cannot hold NaN or infinity, so those stay empty.
    var writable: XLSXCell {
        switch self {
        case let .number(value), let .percent(value): return value.isFinite ? self : .empty
        case .text, .empty: return self
        }
    }
}

/// Excel holds at most 32,767 characters in a cell.
enum CellText {
    static let maximumLength = 32_767

    static func fitted(_ text: String) -> String {
        guard text.utf16.count > maximumLength else { return text }
        var kept = ""
        var units = 0
        for character in text {
            units += character.utf16.count
            if units > maximumLength - 1 { break }
            kept.append(character)
        }
        return kept + "…"
    }
}

/// A reusable buffer of ASCII markup.
struct RowMarkup {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1024)
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    mutating func append(integer: Int) {
        var value = integer
        if value < 0 {
            bytes.append(0x2D)
            value = -value
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(0x30 + value % 10)
                value /= 10
                count += 1
            } while value > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Integers without a fraction, others in the shortest form that reads
    /// back to the same double. Finite values only.
    mutating func append(number value: Double) {
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            append(integer: Int(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }
}
