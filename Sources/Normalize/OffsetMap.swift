import PipelineCore

/// The normalized→original offset map, stored compactly as runs where both
/// sides advance together: most of a report maps one to one.
public struct OffsetMap: Codable, Equatable, Sendable {
    /// Each run is `[normalizedStart, originalStart, length]`.
    public private(set) var runs: [[Int]]
    /// Length of the normalized text.
    public let count: Int

    public init(origins: [Int]) {
        var runs: [[Int]] = []
        var index = 0
        while index < origins.count {
            var length = 1
            while index + length < origins.count, origins[index + length] == origins[index] + length {
                length += 1
            }
            runs.append([index, origins[index], length])
            index += length
        }
        self.runs = runs
        self.count = origins.count
    }

    enum CodingKeys: String, CodingKey {
        case runsBlob, count
    }

    /// Runs are stored as little-endian Int32 triples in the stage's blobs.bin.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(try BlobCoding.store(flatRuns, in: encoder), forKey: .runsBlob)
        try container.encode(count, forKey: .count)
    }

    /// The runs as stored: one Int32 triple after another.
    var flatRuns: [Int32] {
        runs.flatMap { $0.map(Int32.init) }
    }

    init(flatRuns flat: [Int32], count: Int) {
        runs = stride(from: 0, to: flat.count - 2, by: 3).map { [Int(flat[$0]), Int(flat[$0 + 1]), Int(flat[$0 + 2])] }
        self.count = count
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(flatRuns: try BlobCoding.integers(try container.decode(BlobRef.self, forKey: .runsBlob), from: decoder),
                  count: try container.decode(Int.self, forKey: .count))
    }

    /// Original offset of the normalized scalar at `offset`.
    public func original(_ offset: Int) -> Int {
        precondition(offset >= 0 && offset < count, "offset \(offset) outside 0..<\(count)")
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle][0] <= offset { low = middle } else { high = middle - 1 }
        }
        let run = runs[low]
        return run[1] + min(offset - run[0], run[2] - 1)
    }

    /// The original range that normalized `range` came from (never empty for a non-empty range).
    public func original(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < count ? original(range.lowerBound) : (count > 0 ? original(count - 1) + 1 : 0)
            return at..<at
        }
        let first = original(range.lowerBound)
        let last = original(range.upperBound - 1)
        return min(first, last)..<(max(first, last) + 1)
    }
}

extension OffsetMap: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        var flat: [Int32]?
        var count: Int?
        try json.object { json, key in
            switch key {
            case "count": count = try json.int()
            case "runsBlob": flat = try json.blobIntegers(blobs)
            default: try json.skipValue()
            }
        }
        self.init(flatRuns: try json.required(flat, "runsBlob"), count: try json.required(count, "count"))
    }
}
