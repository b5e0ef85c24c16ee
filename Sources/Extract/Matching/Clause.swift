import Normalize

/// Clause and sentence limits: a figure belongs to the words of its own
/// clause (between commas) and its scope words to its sentence.
enum Clause {
    /// Ends a sentence: 。；！？ and line ends.
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", ";", "；", "!", "！", "?", "？", "\n": return true
        default: return false
        }
    }

    /// Ends a clause: a sentence end, a comma or colon, or a table cell's bar.
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        endsSentence(scalar) || scalar == "," || scalar == "，" || scalar == ":" || scalar == "：" || scalar == "|"
    }

    /// What a trigger's gap (调解*纠纷) may not cross.
    static func breaksGap(_ scalar: Unicode.Scalar) -> Bool {
        endsClause(scalar)
    }

    static func sentenceStart(before position: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = position
        while start > 0, !endsSentence(scalars[start - 1]) { start -= 1 }
        return start
    }

    /// The clause holding `span` from its start to its end.
    static func clause(around span: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        clauseStart(before: span.lowerBound, in: scalars)..<clauseEnd(after: span.upperBound, in: scalars)
    }

    /// The sentence holding `span` from its start to its end.
    static func sentence(around span: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        sentenceStart(before: span.lowerBound, in: scalars)..<sentenceEnd(after: span.upperBound, in: scalars)
    }

    static func sentenceEnd(after position: Int, in scalars: [Unicode.Scalar]) -> Int {
        var end = position
        while end < scalars.count, !endsSentence(scalars[end]) { end += 1 }
        return end
    }

    /// The line above `lineStart` when it is a heading: short, no full stop.
    static func headingLine(above lineStart: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard lineStart > 0, scalars[lineStart - 1] == "\n" else { return nil }
        let line = Self.lineStart(before: lineStart - 1, in: scalars)..<(lineStart - 1)
        guard !line.isEmpty, line.count <= 40, !scalars[line].contains("。") else { return nil }
        return line
    }

    /// The run-in heading that opens the paragraph of a later sentence
    /// (2.依法办理依申请公开。…全年共收到申请6件): the line's first sentence,
    /// when it is numbered, short and ends with a full stop. An unnumbered
    /// opening sentence (笃学践行习近平法治思想。) is as often a slogan.
    static func runInHeading(before sentenceStart: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let lineStart = Self.lineStart(before: sentenceStart, in: scalars)
        let end = sentenceEnd(after: lineStart, in: scalars)
        guard end < sentenceStart, end - lineStart <= 20, scalars[end] == "。",
              HeadingMark.read(scalars[lineStart..<end]) != nil else { return nil }
        return lineStart..<end
    }

    static func lineStart(before position: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = position
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        return start
    }

    static func clauseStart(before position: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = position
        while start > 0, !endsClause(scalars[start - 1]) { start -= 1 }
        return start
    }

    static func clauseEnd(after position: Int, in scalars: [Unicode.Scalar]) -> Int {
        var end = position
        while end < scalars.count, !endsClause(scalars[end]) { end += 1 }
        return end
    }

    /// No clause break in `range`.
    static func isOneClause(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        !range.contains { endsClause(scalars[$0]) }
    }
}
