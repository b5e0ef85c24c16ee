/// A heading mark at the start of a line: 一、 （一） 1. 1、 （1） ①, with or
/// without Markdown #'s in front. Text has been width-folded, so （ is (.
public struct HeadingMark: Equatable, Sendable {
    /// 0 title (Markdown # without a numeral), 1 一、, 2 (一), 3 1. / 1、, 4 (1), 5 ①.
    public let level: Int
    /// Scalars the mark spans, from the line start.
    public let length: Int

    private static let chineseDigits: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// Reads the mark at the start of `line` (a slice of scalars).
    public static func read(_ line: ArraySlice<Unicode.Scalar>) -> HeadingMark? {
        var index = line.startIndex
        var hashes = 0
        while index < line.endIndex, line[index] == "#" { hashes += 1; index += 1 }
        while index < line.endIndex, line[index] == " " { index += 1 }
        let markStart = index
        func mark(_ level: Int, _ end: Int) -> HeadingMark {
            HeadingMark(level: level, length: end - line.startIndex)
        }
        func run(_ isMember: (Unicode.Scalar) -> Bool, from start: Int) -> Int {
            var end = start
            while end < line.endIndex, end - start < 3, isMember(line[end]) { end += 1 }
            return end
        }
        // 一、 / 一.
        let chinese = run({ chineseDigits.contains($0) }, from: markStart)
        if chinese > markStart, chinese < line.endIndex, line[chinese] == "、" || line[chinese] == "." {
            return mark(1, chinese + 1)
        }
        // (一) / (1)
        if markStart < line.endIndex, line[markStart] == "(" {
            let inner = markStart + 1
            let chineseEnd = run({ chineseDigits.contains($0) }, from: inner)
            if chineseEnd > inner, chineseEnd < line.endIndex, line[chineseEnd] == ")" { return mark(2, chineseEnd + 1) }
            let digitEnd = run(CharacterClass.isDigit, from: inner)
            if digitEnd > inner, digitEnd < line.endIndex, line[digitEnd] == ")" { return mark(4, digitEnd + 1) }
        }
        // 1. / 1、 (but not 1.5万)
        let digitEnd = run(CharacterClass.isDigit, from: markStart)
        if digitEnd > markStart, digitEnd < line.endIndex, line[digitEnd] == "、" || line[digitEnd] == "." {
            let after = digitEnd + 1
            if after >= line.endIndex || !CharacterClass.isDigit(line[after]) { return mark(3, after) }
        }
        // ① … ⑳
        if markStart < line.endIndex, (0x2460...0x2473).contains(line[markStart].value) {
            return mark(5, markStart + 1)
        }
        if hashes > 0 { return mark(0, markStart) }
        return nil
    }
}
