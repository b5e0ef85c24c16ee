import Foundation

/// Writes a JSON object byte for byte as `JSONEncoder` with `.sortedKeys`
/// and `.withoutEscapingSlashes` would, but in pieces encoded on several
/// threads and streamed to the file. Encoding a 40 MB object in one call
/// builds an in-memory tree of all of it first (the aggregate stage's peak
/// memory) and uses one core for over a second.
public enum SlicedJSONWriter {
    /// Pieces encoded per round: enough to keep every thread busy, few enough
    /// that only a few megabytes of encoded JSON wait to be written.
    static func piecesPerRound(jobs: Int) -> Int { max(1, jobs) * 8 }

    public static func write(_ members: [JSONMember], to url: URL, jobs: Int) throws {
        // Plain byte order of ASCII keys, as .sortedKeys orders them.
        let sorted = members.sorted { $0.key < $1.key }
        let pieces = sorted.enumerated().flatMap { member, entry in entry.pieces.indices.map { (member, $0) } }
        try AtomicFile.write(to: url) { output in
            var opened = Set<Int>()
            func open(_ member: Int) throws {
                guard opened.insert(member).inserted else { return }
                let key = try JSONEncoder().encode(sorted[member].key)
                try output((member == 0 ? Data("{".utf8) : Data(",".utf8)) + key + Data(":".utf8)
                           + (sorted[member].isArray ? Data("[".utf8) : Data()))
            }
            func close(_ member: Int) throws {
                try open(member)
                if sorted[member].isArray { try output(Data("]".utf8)) }
            }
            var finished = 0
            for round in stride(from: 0, to: pieces.count, by: piecesPerRound(jobs: jobs)) {
                let batch = Array(pieces[round..<min(round + piecesPerRound(jobs: jobs), pieces.count)])
                let encoded = try parallelMap(batch, jobs: jobs, makeWorker: { Self.encoder() }) { encoder, piece in
                    Result { try sorted[piece.0].pieces[piece.1](encoder) }
                }
                for (piece, result) in zip(batch, encoded) {
                    while finished < piece.0 { try close(finished); finished += 1 }
                    try open(piece.0)
                    try output((piece.1 == 0 ? Data() : Data(",".utf8)) + result.get())
                }
            }
            while finished < sorted.count { try close(finished); finished += 1 }
            try output(sorted.isEmpty ? Data("{}".utf8) : Data("}".utf8))
        }
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
