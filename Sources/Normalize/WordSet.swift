/// A few words, matched scalar by scalar. Normalization and extraction test
/// words at many positions of every report; Foundation's String search is
/// far too slow for that.
public struct WordSet: Sendable {
    public let words: [[Unicode.Scalar]]

    public init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Whether `word` stands at `start` of `scalars` (concrete overloads:
    /// this runs at every position of every report).
    @inlinable
    public static func literal(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= scalars.count else { return false }
        var offset = 0
        while offset < word.count {
            if scalars[start + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }

    @inlinable
    public static func literal(_ word: [Unicode.Scalar], in scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> Bool {
        guard start >= scalars.startIndex, start + word.count <= scalars.endIndex else { return false }
        var offset = 0
        while offset < word.count {
            if scalars[start + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Whether one of the words occurs in `text`.
    public func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        for word in words where text.count >= word.count {
            for start in text.startIndex...(text.endIndex - word.count) where Self.literal(word, in: text, at: start) {
                return true
            }
        }
        return false
    }

    /// Whether one of the words occurs inside `range` of `scalars`.
    public func occurs(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
        occurs(in: scalars[range])
    }

    /// Whether `text` starts with one of the words.
    public func prefixes(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        words.contains { Self.literal($0, in: text, at: text.startIndex) }
    }

    /// Whether `text` ends with one of the words.
    public func suffixes(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        words.contains { Self.literal($0, in: text, at: text.endIndex - $0.count) }
    }

    /// Where the last of the words that lies wholly inside `range` ends.
    public func lastEnd(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int? {
        guard occurs(in: range, of: scalars) else { return nil }  // the common case, in one pass
        var end = range.upperBound
        while end > range.lowerBound {
            if words.contains(where: { end - $0.count >= range.lowerBound && Self.literal($0, in: scalars, at: end - $0.count) }) {
                return end
            }
            end -= 1
        }
        return nil
    }

    /// Whether one of the words ends within `distance` scalars before `position`.
    public func endsBefore(_ position: Int, within distance: Int, in scalars: [Unicode.Scalar]) -> Bool {
        words.contains { word in
            var end = position
            while end >= position - distance, end >= word.count {
                if Self.literal(word, in: scalars, at: end - word.count) { return true }
                end -= 1
            }
            return false
        }
    }
}
