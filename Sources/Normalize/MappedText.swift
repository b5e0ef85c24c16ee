import PipelineCore

/// Text being normalized, scalar by scalar, with each scalar's position in
/// the original text, so evidence can always quote the original.
/// Offsets everywhere in fazhi count Unicode scalars (Python's str indices).
public struct MappedText: Equatable, Sendable {
    public private(set) var scalars: [Unicode.Scalar] = []
    /// `origins[i]` is the original offset of `scalars[i]`.
    public private(set) var origins: [Int] = []

    public init() {}

    /// The original text, each scalar mapped to itself.
    public init(original: String) {
        scalars = original.scalarArray
        origins = Array(0..<scalars.count)
    }

    public var count: Int { scalars.count }
    public var isEmpty: Bool { scalars.isEmpty }
    public var text: String {
        String(scalars: scalars)
    }

    public mutating func append(_ scalar: Unicode.Scalar, origin: Int) {
        scalars.append(scalar)
        origins.append(origin)
    }

    public mutating func append(_ other: MappedText, range: Range<Int>) {
        scalars.append(contentsOf: other.scalars[range])
        origins.append(contentsOf: other.origins[range])
    }

    public mutating func reserveCapacity(_ count: Int) {
        scalars.reserveCapacity(count)
        origins.reserveCapacity(count)
    }

    /// Ranges of the lines between newlines (the newlines excluded).
    public func lineRanges() -> [Range<Int>] {
        Self.lineRanges(of: scalars)
    }

    /// The same for any scalars (a normalized text read back from its artifact).
    public static func lineRanges(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<scalars.count)
        return ranges
    }

    /// Replaces scalars one for one (same count), keeping origins.
    public mutating func mapScalars(_ transform: (Unicode.Scalar) -> Unicode.Scalar) {
        for index in scalars.indices {
            scalars[index] = transform(scalars[index])
        }
    }

    /// The scalars of `range` as a String.
    public func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }
}
