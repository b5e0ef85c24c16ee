/// Rejoins lines broken mid-sentence (PDF page and line ends) and drops
/// blank lines, so each output line is one paragraph, heading or title line.
enum LineJoiner {
    /// A line at least this long that stops without punctuation was cut by
    /// the page, not ended by the writer.
    static let fullLineLength = 25

    static func join(_ text: MappedText, keep: (Range<Int>) -> Bool = { _ in true }) -> MappedText {
        let lines = text.lineRanges().filter { !$0.isEmpty && keep($0) }
        var output = MappedText()
        output.reserveCapacity(text.count)
        var previous: Range<Int>?
        for line in lines {
            if let previous {
                if !continues(text.scalars[previous], into: text.scalars[line]) {
                    output.append("\n", origin: text.origins[previous.upperBound - 1] + 1)
                }
            }
            output.append(text, range: line)
            previous = line
        }
        return output
    }

    /// Whether `next` carries on the sentence that `line` left unfinished.
    static func continues(_ line: ArraySlice<Unicode.Scalar>, into next: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = line.last, let first = next.first else { return false }
        if HeadingMark.read(next) != nil || isDateLine(next) || isTableRow(line) || isTableRow(next) { return false }
        if CharacterClass.endsSentence(last) { return false }
        if closesOrContinues(first) { return true }
        if isStandaloneHeading(line) || isDateLine(line) { return false }
        if endsAsLabel(line) { return false }
        return connectives.contains(last) || line.count >= fullLineLength || leavesBracketOpen(line)
    }

    /// A row of a table (| 行政诉讼案件 | 8件 |, or 行政诉讼案件 | 8件 from a text table): one line each.
    static func isTableRow(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.contains("|")
    }

    /// A heading line without body text; a line that runs on past its
    /// heading ("(三)…提升。促进…") is a paragraph and may be broken.
    private static func isStandaloneHeading(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        HeadingMark.read(line) != nil && !line.contains("。")
    }

    /// Punctuation that cannot start a sentence, so the line before continues.
    private static func closesOrContinues(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", ",", "。", "、", "；", ";", "：", ":", "）", ")", "》", "”", "」", "%": return true
        default: return false
        }
    }

    /// More ( “ 《 opened than closed: the sentence is not finished.
    private static func leavesBracketOpen(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var depth = 0
        for scalar in line {
            switch scalar {
            case "(", "（", "“", "《", "「": depth += 1
            case ")", "）", "”", "》", "」": depth -= 1
            default: break
            }
        }
        return depth > 0
    }

    /// Characters after which a sentence cannot stop.
    private static let connectives: Set<Unicode.Scalar> = [
        "的", "和", "与", "及", "、", "，", ",", "(", "（", "《", "“", "或", "并", "对", "在", "为", "将", "把", "了",
    ]

    /// Title, organisation and signature lines end like this and stand alone.
    private static let labelEndings: [[Unicode.Scalar]] = ["报告", "总结", "人民政府", "办事处", "委员会", "文件", "党委", "政府"]
        .map { Array($0.unicodeScalars) }

    private static func endsAsLabel(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        labelEndings.contains { ending in line.count >= ending.count && line.suffix(ending.count).elementsEqual(ending) }
    }

    private static let dateCharacters = Set("〇零一二三四五六七八九十年月日".unicodeScalars)

    /// 2021年1月2日 / 二〇二四年一月十七日 standing on a line of its own.
    static func isDateLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= 14, line.last == "日", line.contains("年"), line.contains("月") else { return false }
        return line.allSatisfy { CharacterClass.isDigit($0) || dateCharacters.contains($0) }
    }
}
