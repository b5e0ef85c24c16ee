import Normalize

/// A catalogue phrase compiled to scalars: literal parts joined by gaps
/// (`调解*纠纷` → ["调解", "纠纷"]), each gap up to `maxGap` scalars of the
/// same clause, counted from the last 、 (or the 等 closing the list): a list
/// of objects between verb and noun (主动公开人事、财政、政务等各类信息) is one
/// gap, up to `maxListGap`; a modifier ending in 的, up to `maxModifierGap`.
struct Phrase: Equatable {
    let parts: [[Unicode.Scalar]]
    static let maxGap = 8
    static let maxListGap = 24
    private static let kinds: [[Unicode.Scalar]] = ["各类", "各项", "相关"].map { Array($0.unicodeScalars) }
    /// A gap that is a modifier ending in 的 may be longer (审核以镇政府及镇属单位名义签订的合同).
    static let maxModifierGap = 16

    init(_ text: String) {
        parts = text.split(separator: "*").map { Array($0.unicodeScalars) }
    }

    /// The end of a match starting at `start`, or nil.
    func match(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard WordSet.literal(parts[0], in: scalars, at: start) else { return nil }
        var end = start + parts[0].count
        for part in parts.dropFirst() {
            var found: Int?
            var probe = end
            var limit = end + Self.maxGap
            var inList = false
            var broken = false
            while probe <= limit, probe + part.count <= scalars.count {
                if WordSet.literal(part, in: scalars, at: probe) { found = probe; break }
                if Clause.breaksGap(scalars[probe]) { broken = true; break }
                if scalars[probe] == "、" { inList = true }
                if scalars[probe] == "、" || (inList && scalars[probe] == "等") {
                    limit = min(probe + 1 + Self.maxGap, end + Self.maxListGap)
                }
                probe += 1
            }
            // Only a gap that ran out of room, with no list in it, may be a longer modifier.
            let longer = found == nil && !broken && !inList && probe > limit ? afterModifier(part, in: scalars, from: end) : nil
            guard let at = found ?? longer else { return nil }
            end = at + part.count
        }
        return end
    }

    /// Where `part` starts right after a 的 that ends a longer modifier, within
    /// `maxModifierGap` of `start` and the same clause, with no list in it.
    private func afterModifier(_ part: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var probe = start
        while probe <= start + Self.maxModifierGap, probe + part.count <= scalars.count {
            let scalar = scalars[probe]
            if Clause.breaksGap(scalar) || scalar == "、" { return nil }
            if scalar == "的" {
                // …签订的各类合同: a measure of kinds may stand between 的 and the noun.
                let noun = Self.kinds.first { WordSet.literal($0, in: scalars, at: probe + 1) }.map { probe + 1 + $0.count } ?? probe + 1
                if WordSet.literal(part, in: scalars, at: noun) { return noun }
            }
            probe += 1
        }
        return nil
    }
}

/// All phrases of one kind, indexed by first scalar so that a document is
/// scanned once, whatever the size of the catalogue.
struct PhraseIndex {
    struct Entry {
        let phrase: Phrase
        let indicator: Int
    }

    struct Hit: Equatable {
        let indicator: Int
        let range: Range<Int>
        /// Matched by a phrase with a gap (合同*审查): two words, not one.
        var compound = false
        /// For a compound phrase: between the end of its first word and the start of its last.
        var gap: Range<Int>? = nil
    }

    /// Entries grouped by first scalar; `bucketOf` maps a BMP scalar to its
    /// group's index + 1 (0: no phrase starts with it), one array load per
    /// scalar of the text instead of a hash.
    private var buckets: [[Entry]] = []
    private var bucketOf = [UInt16](repeating: 0, count: 0x10000)
    private var astralBuckets: [Unicode.Scalar: Int] = [:]

    init(_ phrases: [(String, Int)]) {
        for (text, indicator) in phrases {
            let phrase = Phrase(text)
            let first = phrase.parts[0][0]
            let bucket = self.bucket(of: first) ?? {
                buckets.append([])
                if first.value < 0x10000 { bucketOf[Int(first.value)] = UInt16(buckets.count) } else { astralBuckets[first] = buckets.count - 1 }
                return buckets.count - 1
            }()
            buckets[bucket].append(Entry(phrase: phrase, indicator: indicator))
        }
    }

    @inline(__always)
    private func bucket(of scalar: Unicode.Scalar) -> Int? {
        guard scalar.value < 0x10000 else { return astralBuckets[scalar] }
        let slot = Int(bucketOf[Int(scalar.value)])
        return slot == 0 ? nil : slot - 1
    }

    /// Every match, for every indicator (one per indicator and start: its
    /// longest, unless that one runs past a figure the shorter one ends before).
    func hits(in scalars: [Unicode.Scalar]) -> [Hit] {
        var hits: [Hit] = []
        for start in scalars.indices {
            guard let bucket = bucket(of: scalars[start]) else { continue }
            let entries = buckets[bucket]
            let firstHit = hits.count
            for entry in entries {
                guard let end = entry.phrase.match(in: scalars, at: start) else { continue }
                let parts = entry.phrase.parts
                let hit = Hit(indicator: entry.indicator, range: start..<end, compound: parts.count > 1,
                              gap: parts.count > 1 ? (start + parts[0].count)..<(end - parts[parts.count - 1].count) : nil)
                if let same = hits[firstHit...].firstIndex(where: { $0.indicator == entry.indicator }) {
                    let (shorter, longer) = (min(end, hits[same].range.upperBound), max(end, hits[same].range.upperBound))
                    // 政协委员提案2件、人大代表建议: not 政协委员…建议 across the first one's figure.
                    let keepsShorter = scalars[shorter..<longer].contains(where: CharacterClass.isDigit)
                    if keepsShorter ? end < hits[same].range.upperBound : end > hits[same].range.upperBound { hits[same] = hit }
                } else {
                    hits.append(hit)
                }
            }
            if hits.count - firstHit > 1 { hits[firstHit...].sort { $0.indicator < $1.indicator } }
        }
        return hits
    }
}

extension WordSet {
    /// Whether one of the words starts within `distance` scalars after
    /// `position`, before any digit or clause break.
    func startsAfter(_ position: Int, within distance: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var probe = position
        while probe <= position + distance, probe < scalars.count {
            if words.contains(where: { WordSet.literal($0, in: scalars, at: probe) }) { return true }
            let scalar = scalars[probe]
            if Clause.endsClause(scalar) || CharacterClass.isDigit(scalar) { return false }
            probe += 1
        }
        return false
    }
}
