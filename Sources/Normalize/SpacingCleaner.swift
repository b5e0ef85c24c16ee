/// Removes the spaces that PDF conversion and typesetting put inside Chinese
/// text: between a digit or Han character and a unit, number or another Han
/// character ("141 条", "2023 年", "报     告"), and at line ends. Spaces
/// between Latin words, and between two numbers, stay.
enum SpacingCleaner {
    static func clean(_ text: MappedText) -> MappedText {
        var output = MappedText()
        output.reserveCapacity(text.count)
        let scalars = text.scalars
        for line in text.lineRanges() {
            if line.lowerBound > 0 { output.append("\n", origin: text.origins[line.lowerBound - 1]) }
            var start = line.lowerBound
            var end = line.upperBound
            while start < end, CharacterClass.isSpace(scalars[start]) { start += 1 }
            while end > start, CharacterClass.isSpace(scalars[end - 1]) { end -= 1 }
            var index = start
            while index < end {
                let scalar = scalars[index]
                if CharacterClass.isSpace(scalar) {
                    var next = index
                    while next < end, CharacterClass.isSpace(scalars[next]) { next += 1 }
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

    /// Characters that take no space next to Chinese text.
    private static func joinsTight(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isHan(scalar) || CharacterClass.isDigit(scalar) || CharacterClass.isCJKPunctuation(scalar)
            || scalar == "%" || scalar == "." || scalar == "," || scalar == "(" || scalar == ")"
            || scalar == "“" || scalar == "”" || scalar == "《" || scalar == "》"
    }
}
