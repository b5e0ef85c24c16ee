import Foundation

/// One member of a JSON object written by `SlicedJSONWriter`: a value encoded
/// whole, or an array encoded a slice of elements at a time.
public struct JSONMember: Sendable {
    let key: String
    /// Each piece encodes the whole value, or one slice of the array's
    /// elements without the enclosing brackets.
    let pieces: [@Sendable (JSONEncoder) throws -> Data]
    let isArray: Bool

    public static func value<Value: Encodable & Sendable>(_ key: String, _ value: Value) -> JSONMember {
        JSONMember(key: key, pieces: [{ encoder in try encoder.encode(value) }], isArray: false)
    }

    /// - Parameter sliceSize: elements per piece; small enough that the
    ///   encoder's in-memory tree of one piece stays small.
    public static func array<Element: Encodable & Sendable>(_ key: String, _ elements: [Element],
                                                              sliceSize: Int = 1_000) -> JSONMember {
        let pieces = stride(from: 0, to: elements.count, by: sliceSize).map { start in
            let slice = Array(elements[start..<min(start + sliceSize, elements.count)])
            return { @Sendable (encoder: JSONEncoder) throws -> Data in
                // Compact output is exactly "[" elements joined by "," "]".
                Data(try encoder.encode(slice).dropFirst().dropLast())
            }
        }
        return JSONMember(key: key, pieces: pieces, isArray: true)
    }

    /// An array of values that write their own JSON: sliced the same way,
    /// without `JSONEncoder`.
    public static func array<Element: JSONWritable & Sendable>(_ key: String, _ elements: [Element],
                                                               sliceSize: Int = 1_000) -> JSONMember {
        let pieces = stride(from: 0, to: elements.count, by: sliceSize).map { start in
            let slice = elements[start..<min(start + sliceSize, elements.count)]
            return { @Sendable (_: JSONEncoder) throws -> Data in
                var json = JSONText(capacity: slice.count * 256)
                for element in slice { json.value(element) }
                return Data(try json.finished())
            }
        }
        return JSONMember(key: key, pieces: pieces, isArray: true)
    }
}
