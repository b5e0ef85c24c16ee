/// Drops the pinyin that mirror sites put after some characters of a copied
/// report ("復(fù)議", "學（xué）法"): it splits words, so triggers no longer
/// match. An annotation is a parenthesis right after a Han character holding
/// one lowercase syllable with a tone mark; "(一)", "(PDF)" and "(试行)" stay.
enum PinyinAnnotations {
    static let longestSyllable = 6

    static func strip(_ text: MappedText) -> MappedText {
        let scalars = text.scalars
        var annotations: [Range<Int>] = []
        var index = 1
        while index < scalars.count {
            if scalars[index] == "(" || scalars[index] == "（", CharacterClass.isHan(scalars[index - 1]),
               let end = annotationEnd(openingAt: index, scalars) {
                annotations.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        guard !annotations.isEmpty else { return text }
        var output = MappedText()
        output.reserveCapacity(text.count)
        var kept = 0
        for annotation in annotations {
            output.append(text, range: kept..<annotation.lowerBound)
            kept = annotation.upperBound
        }
        output.append(text, range: kept..<text.count)
        return output
    }

    /// The end (after the closing parenthesis) of a pinyin syllable opened at `open`.
    private static func annotationEnd(openingAt open: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        var index = open + 1
        var toneMarked = false
        while index < scalars.count, index - open <= longestSyllable + 1 {
            let scalar = scalars[index]
            if scalar == ")" || scalar == "）" {
                return toneMarked && index > open + 1 ? index + 1 : nil
            }
            if tonedVowels.contains(scalar) {
                toneMarked = true
            } else if !(scalar.value >= 0x61 && scalar.value <= 0x7A) && scalar != "ü" {
                return nil
            }
            index += 1
        }
        return nil
    }

    private static let tonedVowels = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".unicodeScalars)
}
