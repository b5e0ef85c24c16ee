import Foundation

/// A value that reads itself from JSON written by its Codable form (or by
/// `JSONWritable`). For the records read by the ten thousand: `JSONDecoder`
/// builds a tree of boxed values and a key dictionary per object first,
/// which was most of the time a stage spent reading its input.
public protocol JSONReadable: Decodable {
    /// Reads one value at the cursor; `blobs` resolves `BlobRef`s.
    init(json: inout JSONCursor, blobs: BlobReader?) throws
}

/// Why JSON could not be read, with the byte offset where reading stopped.
public struct JSONReadError: Error, CustomStringConvertible {
    public let offset: Int
    public let reason: String
    public var description: String { "\(reason) at byte \(offset)" }
}

/// Reads JSON values one after the other from UTF-8 bytes, without building
/// a tree. Objects are read member by member; unknown members are skipped,
/// as `JSONDecoder` skips them.
public struct JSONCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Reads one value from `data` with `read`, which must consume all of it.
    public static func read<Value>(_ data: Data, _ read: (inout JSONCursor) throws -> Value) throws -> Value {
        try data.withUnsafeBytes { raw in
            var cursor = JSONCursor(raw.bindMemory(to: UInt8.self))
            let value = try read(&cursor)
            cursor.skipSpace()
            guard cursor.position == cursor.bytes.count else { throw cursor.error("unexpected text after the value") }
            return value
        }
    }

    /// A whole `data` as `type`: with its own reader when it is
    /// `JSONReadable`, else with `JSONDecoder` (given `blobs` for its `BlobRef`s).
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, blobs: BlobReader?) throws -> Value {
        if let readable = Value.self as? any JSONReadable.Type {
            return try read(data) { cursor in try readable.init(json: &cursor, blobs: blobs) } as! Value
        }
        let decoder = JSONDecoder()
        if let blobs { decoder.userInfo[.blobReader] = blobs }
        return try decoder.decode(Value.self, from: data)
    }

    // MARK: Containers

    /// Calls `member` with each key; `member` must read (or `skipValue`) the value.
    public mutating func object(_ member: (inout JSONCursor, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try take(UInt8(ascii: "}")) { return }
        repeat {
            skipSpace()
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
        } while try take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    /// Calls `element` once per element; `element` must read it.
    public mutating func array(_ element: (inout JSONCursor) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if try take(UInt8(ascii: "]")) { return }
        repeat { try element(&self) } while try take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
    }

    /// A positional array (a record stored as `[a, b, c]`): `read` reads
    /// the elements in order, with `comma()` between them.
    public mutating func positional<Value>(_ read: (inout JSONCursor) throws -> Value) throws -> Value {
        try expect(UInt8(ascii: "["))
        let value = try read(&self)
        try expect(UInt8(ascii: "]"))
        return value
    }

    public mutating func comma() throws {
        try expect(UInt8(ascii: ","))
    }

    public mutating func values<Value: JSONReadable>(_ type: Value.Type, blobs: BlobReader?) throws -> [Value] {
        var values: [Value] = []
        try array { cursor in values.append(try Value(json: &cursor, blobs: blobs)) }
        return values
    }

    public mutating func strings() throws -> [String] {
        var values: [String] = []
        try array { cursor in values.append(try cursor.string()) }
        return values
    }

    // MARK: Scalars

    /// Consumes a `null` if one is next.
    public mutating func null() throws -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    public mutating func bool() throws -> Bool {
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "t") { try literal("true"); return true }
        try literal("false")
        return false
    }

    public mutating func int() throws -> Int {
        let text = try numberText()
        guard let value = Int(text) else { throw error("\(text) is not an integer") }
        return value
    }

    public mutating func double() throws -> Double {
        let text = try numberText()
        guard let value = Double(text) else { throw error("\(text) is not a number") }
        return value
    }

    public mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            position += 1
        }
        guard position < bytes.count else { throw error("unterminated string") }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
        }
        return try escapedString(from: start)
    }

    public mutating func string<Value: RawRepresentable>(_ type: Value.Type) throws -> Value where Value.RawValue == String {
        let text = try string()
        guard let value = Value(rawValue: text) else { throw error("\"\(text)\" is not a \(Value.self)") }
        return value
    }

    public mutating func optionalString() throws -> String? {
        try null() ? nil : string()
    }

    public mutating func optionalInt() throws -> Int? {
        try null() ? nil : int()
    }

    /// A `BlobRef`'s text or integers, read from `blobs`.
    public mutating func blobText(_ blobs: BlobReader?) throws -> String {
        try blobReader(blobs).string(try blobRef())
    }

    public mutating func blobIntegers(_ blobs: BlobReader?) throws -> [Int32] {
        let bytes = try blobReader(blobs).bytes(try blobRef())
        return bytes.withUnsafeBytes { raw in Array(raw.bindMemory(to: Int32.self)) }
    }

    /// One value of a type without a reader of its own, decoded by
    /// `JSONDecoder` from its bytes: for the small members of big files.
    public mutating func decoded<Value: Decodable>(_ type: Value.Type) throws -> Value {
        skipSpace()
        let start = position
        try skipValue()
        let value = Data(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        do { return try JSONDecoder().decode(Value.self, from: value) } catch {
            throw JSONReadError(offset: start, reason: "\(Value.self): \(error)")
        }
    }

    /// Skips one value of any kind.
    public mutating func skipValue() throws {
        skipSpace()
        guard position < bytes.count else { throw error("value expected") }
        switch bytes[position] {
        case UInt8(ascii: "{"): try object { cursor, _ in try cursor.skipValue() }
        case UInt8(ascii: "["): try array { cursor in try cursor.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): _ = try null()
        default: _ = try numberText()
        }
    }

    /// A member that must be present, as `JSONDecoder` requires non-optional ones.
    public func required<Value>(_ value: Value?, _ key: String) throws -> Value {
        guard let value else { throw error("member \"\(key)\" is missing") }
        return value
    }

    public func error(_ reason: String) -> JSONReadError {
        JSONReadError(offset: position, reason: reason)
    }

    // MARK: Lexing

    private mutating func blobRef() throws -> BlobRef {
        var offset: Int?
        var length: Int?
        try object { cursor, key in
            switch key {
            case "o": offset = try cursor.int()
            case "l": length = try cursor.int()
            default: try cursor.skipValue()
            }
        }
        return BlobRef(offset: try required(offset, "o"), length: try required(length, "l"))
    }

    private func blobReader(_ blobs: BlobReader?) throws -> BlobReader {
        guard let blobs else { throw error("no blob store to read large values from") }
        return blobs
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func take(_ byte: UInt8) throws -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard try take(byte) else { throw error("\"\(Character(Unicode.Scalar(byte)))\" expected") }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              memcmp(bytes.baseAddress! + position, word.utf8Start, count) == 0 else { throw error("\(word) expected") }
        position += count
    }

    private mutating func numberText() throws -> Substring {
        skipSpace()
        let start = position
        while position < bytes.count, Self.isNumberByte(bytes[position]) { position += 1 }
        guard position > start else { throw error("number expected") }
        return Substring(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    /// The slow path, for strings with escapes.
    private mutating func escapedString(from start: Int) throws -> String {
        var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw error("unterminated escape") }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: String(try unicodeEscape()).utf8)
                default: utf8.append(escape)
                }
            default:
                utf8.append(byte)
            }
        }
        throw error("unterminated string")
    }

    /// `\uXXXX`, with a following low surrogate when it is a high one.
    private mutating func unicodeEscape() throws -> Unicode.Scalar {
        let unit = try hexUnit()
        if (0xD800..<0xDC00).contains(unit), position + 1 < bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let low = try hexUnit()
            if let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) { return scalar }
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }

    private mutating func hexUnit() throws -> UInt32 {
        guard position + 4 <= bytes.count,
              let unit = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + 4]), as: UTF8.self), radix: 16)
        else { throw error("bad \\u escape") }
        position += 4
        return unit
    }
}
