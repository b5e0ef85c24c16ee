/// A few words, matched scalar by scalar. Normalization and extraction test
/// words at many positions of every report; Foundation's String search is
/// far too slow for that.
public struct WordSet: Sendable {
    public let words: [[Unicode.Scalar]]

    public init(_ words: [String]) {
        self.words = words.map { Array($0.unicodeScalars) }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Whether `word` stands at `start` of `scalars`.
    public static func literal<C: RandomAccessCollection>(_ word: [Unicode.Scalar], in scalars: C, at start: C.Index) -> Bool
    where C.Element == Unicode.Scalar, C.Index == Int {
        guard start >= scalars.startIndex, start + word.count <= scalars.endIndex else { return false }
        for offset in 0..<word.count where scalars[start + offset] != word[offset] { return false }
        return true
    }

    /// Whether one of the words occurs in `text`.
    public func occurs(in text: ArraySlice<Unicode.Scalar>) -> Bool {
        occurs(in: text.startIndex..<text.endIndex, of: text)
    }

    /// Whether one of the words occurs inside `range` of `scalars`.
    public func occurs<C: RandomAccessCollection>(in range: Range<Int>, of scalars: C) -> Bool
    where C.Element == Unicode.Scalar, C.Index == Int {
        for word in words where range.count >= word.count {
            for start in range.lowerBound...(range.upperBound - word.count) where Self.literal(word, in: scalars, at: start) {
                return true
            }
        }
        return false
    }

    /// Whether `text` starts with one of the words.
    public func prefixes(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        words.contains { Self.literal($0, in: text, at: text.startIndex) }
    }

    /// Whether `text` ends with one of the words.
    public func suffixes(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        words.contains { Self.literal($0, in: text, at: text.endIndex - $0.count) }
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
