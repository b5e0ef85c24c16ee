import Normalize

extension MentionFinder {
    /// 中心组学法5次，会前学法9次，全年共计14次: a figure whose clause holds
    /// nothing but a total word, after two or more figures of one indicator in
    /// its sentence, is their total (at least as large as each of them, in the
    /// same measure word).
    func totalsAfterCounts(_ scalars: [Unicode.Scalar], quantities: [Quantity], bound: [Binding]) -> [Binding] {
        let boundStarts = Set(bound.map(\.quantity.range.lowerBound))
        var found: [Binding] = []
        for quantity in quantities where !boundStarts.contains(quantity.range.lowerBound) {
            let start = quantity.range.lowerBound
            let clauseStart = Clause.clauseStart(before: start, in: scalars)
            let sentenceStart = Clause.sentenceStart(before: start, in: scalars)
            guard clauseStart > sentenceStart, Self.onlyTotalWords(scalars[clauseStart..<start]) else { continue }
            let parts = bound.filter { $0.quantity.range.lowerBound >= sentenceStart && $0.quantity.range.upperBound <= clauseStart }
            guard parts.count >= 2, let indicator = parts.first?.indicator, parts.allSatisfy({ $0.indicator == indicator }),
                  parts.allSatisfy({ $0.quantity.unit == quantity.unit && $0.quantity.value <= quantity.value }),
                  catalogue.indicators[indicator].accepts(quantity) else { continue }
            found.append(Binding(indicator: indicator, quantity: quantity, phrase: clauseStart..<start))
        }
        return found
    }

    private static let totalCharacters: Set<Unicode.Scalar> = ["全", "年", "以", "上", "述", "两", "项", "共", "计", "合", "总", "累", "达", "到", "为"]
    private static let totalWords = WordSet(["共", "合计", "总计", "累计"])

    /// 全年共计, 以上合计, 两项共: total words and nothing else.
    private static func onlyTotalWords(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        !words.isEmpty && words.count <= 6 && words.allSatisfy(totalCharacters.contains)
            && totalWords.occurs(in: words)
    }
}
