import Foundation

/// A value that writes its own JSON, byte for byte what `JSONEncoder` with
/// `.sortedKeys` and `.withoutEscapingSlashes` writes for its Codable form.
/// For the records written by the ten thousand: `JSONEncoder` builds a tree
/// of boxed values per record and looks up generic metadata per field, which
/// was most of the time the extract and aggregate stages spent writing.
/// `JSONReadable` is the reading side.
public protocol JSONWritable: Encodable {
    func write(to json: inout JSONText)
}

/// JSON text appended to a byte buffer. Members and elements get their
/// commas from the writer; an object's keys must come in sorted order, as
/// `.sortedKeys` would put them.
public struct JSONText {
    public private(set) var bytes: [UInt8] = []
    /// Nothing written yet in the current object or array (or right after a key).
    private var atStart = true
    /// Large values kept out of the text (a stage's blobs.bin, see `BlobRef`),
    /// in the order they were stored; references are relative to their start.
    public private(set) var blobs: [UInt8] = []
    /// The first number JSON cannot hold (NaN, infinity), which `JSONEncoder` refuses too.
    private var invalidNumber: Double?

    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// The text, or an error when it held a number JSON cannot.
    public func finished() throws -> [UInt8] {
        if let invalidNumber {
            throw EncodingError.invalidValue(invalidNumber, .init(codingPath: [], debugDescription: "\(invalidNumber) is not a JSON number"))
        }
        return bytes
    }

    // MARK: Containers

    public mutating func object(_ members: (inout JSONText) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    public mutating func array(_ elements: (inout JSONText) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), elements)
    }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONText) -> Void) {
        separate()
        bytes.append(open)
        atStart = true
        body(&self)
        bytes.append(close)
        atStart = false
    }

    /// A member's key; its value follows.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        atStart = true
    }

    private mutating func separate() {
        if !atStart { bytes.append(UInt8(ascii: ",")) }
        atStart = false
    }

    // MARK: Values

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Swift's shortest round-trip form without a trailing ".0", as `JSONEncoder` writes it.
    public mutating func double(_ value: Double) {
        separate()
        guard value.isFinite else {
            invalidNumber = invalidNumber ?? value
            bytes.append(UInt8(ascii: "0"))
            return
        }
        let text = value.description
        bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
    }

    public mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func value(_ value: some JSONWritable) {
        value.write(to: &self)
    }

    // MARK: Blobs

    /// Appends a text to `blobs`; write the reference where the Codable form would.
    public mutating func store(_ text: String) -> BlobRef {
        let start = blobs.count
        blobs.append(contentsOf: text.utf8)
        return BlobRef(offset: start, length: blobs.count - start)
    }

    /// Appends little-endian Int32s to `blobs`, as `BlobCoding` stores them.
    public mutating func store(_ integers: [Int32]) -> BlobRef {
        let start = blobs.count
        integers.withUnsafeBytes { blobs.append(contentsOf: $0) }
        return BlobRef(offset: start, length: blobs.count - start)
    }

    // MARK: Optional members and null elements

    /// A member present only when it has a value, as synthesized `Encodable` leaves nil out.
    public mutating func member(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    public mutating func member(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    /// An array element that is null when absent.
    public mutating func element(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func element(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    public mutating func strings(_ values: [String]) {
        array { json in for value in values { json.string(value) } }
    }

    public mutating func values(_ values: [some JSONWritable]) {
        array { json in for value in values { value.write(to: &json) } }
    }

    /// Quotes, backslashes and control characters escaped; everything else
    /// (slashes, DEL, all of Unicode) as it is.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            default:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(contentsOf: [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
}

extension JSONWritable {
    /// This value's JSON, as `JSONEncoder` would write it.
    public func jsonBytes() throws -> [UInt8] {
        var json = JSONText()
        write(to: &json)
        return try json.finished()
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    public func write(to json: inout JSONText) {
        json.values(self)
    }
}
