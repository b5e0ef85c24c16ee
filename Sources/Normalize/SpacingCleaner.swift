/// Removes the spaces that PDF conversion and typesetting put inside Chinese
/// text: between a digit or Han character and a unit, number or another Han
/// character ("141 条", "2023 年", "报     告"), and at line ends. Spaces
/// between Latin words, and between two numbers, stay; those between the
/// cells of a table row become a bar.
enum SpacingCleaner {
    static func clean(_ text: MappedText) -> MappedText {
        var output = MappedText()
        output.reserveCapacity(text.count)
        let scalars = text.scalars
        let lines = text.lineRanges()
        let tableRows = Self.tableRows(lines, scalars)
        for (number, line) in lines.enumerated() {
            if line.lowerBound > 0 { output.append("\n", origin: text.origins[line.lowerBound - 1]) }
            var start = line.lowerBound
            var end = line.upperBound
            while start < end, CharacterClass.isSpace(scalars[start]) { start += 1 }
            while end > start, CharacterClass.isSpace(scalars[end - 1]) { end -= 1 }
            let isTable = tableRows.contains(number)
            var index = start
            while index < end {
                let scalar = scalars[index]
                if CharacterClass.isSpace(scalar) {
                    var next = index
                    while next < end, CharacterClass.isSpace(scalars[next]) { next += 1 }
                    if isTable, Self.breaksCell(index..<next, scalars) {
                        for bar in [" ", "|", " "] as [Unicode.Scalar] { output.append(bar, origin: text.origins[index]) }
                        index = next
                        continue
                    }
                    // Two numbers side by side are two cells of a table ("1562   1488"), never one number.
                    let betweenNumbers = CharacterClass.isDigit(scalars[index - 1]) && CharacterClass.isDigit(scalars[next])
                    if betweenNumbers || !(joinsTight(scalars[index - 1]) && joinsTight(scalars[next])) {
                        output.append(" ", origin: text.origins[index])
                    }
                    index = next
                    continue
                }
                output.append(scalar, origin: text.origins[index])
                index += 1
            }
        }
        return output
    }

    /// A tab, or a run of two or more spaces, between the cells of a table
    /// written as text (one row per line: 人民调解受理纠纷（件）    1562    1488);
    /// the rows of such a table (`tableRows`) get bars (… | 1562 | 1488).
    /// (Not the padding beside a bar already there: |  8件  |.)
    private static func breaksCell(_ run: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        let besideBar = (run.lowerBound > 0 && scalars[run.lowerBound - 1] == "|")
            || (run.upperBound < scalars.count && scalars[run.upperBound] == "|")
        return !besideBar && (run.count >= 2 || scalars[run.lowerBound] == "\t")
    }

    /// Lines with two or more cell breaks and no sentence punctuation (PDF text keeps
    /// wide gaps inside sentences: 调解矛盾纠纷  139  起，…), two or more of them in a row
    /// (blank lines between are skipped): a table, not a stray spaced line.
    private static func tableRows(_ lines: [Range<Int>], _ scalars: [Unicode.Scalar]) -> Set<Int> {
        let candidates = lines.indices.filter { index in
            let line = lines[index]
            return !line.isEmpty && cellBreaks(in: line, scalars) >= 2 && !line.contains { endsProse(at: $0, scalars) }
        }
        let nonEmpty = lines.indices.filter { !lines[$0].allSatisfy { CharacterClass.isSpace(scalars[$0]) } }
        let position = Dictionary(uniqueKeysWithValues: nonEmpty.enumerated().map { ($1, $0) })
        let candidateSet = Set(candidates)
        return Set(candidates.filter { index in
            guard let at = position[index] else { return false }
            return (at > 0 && candidateSet.contains(nonEmpty[at - 1])) || (at + 1 < nonEmpty.count && candidateSet.contains(nonEmpty[at + 1]))
        })
    }

    /// A comma, full stop or semicolon of prose (not the comma of 1,842).
    private static func endsProse(at index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        switch scalars[index] {
        case "，", "。", "；", ";": return true
        case ",": return !(index > 0 && index + 1 < scalars.count && CharacterClass.isDigit(scalars[index - 1])
                           && CharacterClass.isDigit(scalars[index + 1]))
        default: return false
        }
    }

    private static func cellBreaks(in line: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        var index = line.lowerBound
        while index < line.upperBound {
            guard CharacterClass.isSpace(scalars[index]) else { index += 1; continue }
            var next = index
            while next < line.upperBound, CharacterClass.isSpace(scalars[next]) { next += 1 }
            if breaksCell(index..<next, scalars) { count += 1 }
            index = next
        }
        return count
    }

    /// Characters that take no space next to Chinese text.
    private static func joinsTight(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isHan(scalar) || CharacterClass.isDigit(scalar) || CharacterClass.isCJKPunctuation(scalar)
            || scalar == "%" || scalar == "." || scalar == "," || scalar == "(" || scalar == ")"
            || scalar == "“" || scalar == "”" || scalar == "《" || scalar == "》"
    }
}
