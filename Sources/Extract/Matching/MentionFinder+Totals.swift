import Normalize

extension MentionFinder {
    /// 中心组学法5次，会前学法9次，全年共计14次: a figure whose clause holds
    /// nothing but a total word, after figures of one indicator in its
    /// sentence, is their total, and they are its parts. Figures no phrase took
    /// (审查街道合同41份、社区合同23份，共计64份) count as parts when their words
    /// repeat the first part's noun (合同; not 信访事项26件、矛盾纠纷72件), they
    /// share the total's measure word and the parts add up to it exactly.
    func totalsAfterCounts(_ scalars: [Unicode.Scalar], quantities: [Quantity], bound: [Binding]) -> [Binding] {
        let bindingAt = Dictionary(bound.map { ($0.quantity.range.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
        let indicatorAt = bindingAt.mapValues(\.indicator)
        var found: [Binding] = []
        for quantity in quantities where indicatorAt[quantity.range.lowerBound] == nil {
            let start = quantity.range.lowerBound
            let clauseStart = Clause.clauseStart(before: start, in: scalars)
            let sentenceStart = Clause.sentenceStart(before: start, in: scalars)
            guard clauseStart > sentenceStart, Self.onlyTotalWords(scalars[clauseStart..<start]) else { continue }
            let before = quantities.filter { $0.range.lowerBound >= sentenceStart && $0.range.upperBound <= clauseStart }
            let indicators = Set(before.compactMap { indicatorAt[$0.range.lowerBound] })
            guard indicators.count == 1, let indicator = indicators.first,
                  catalogue.indicators[indicator].accepts(quantity) else { continue }
            // The first part's noun: the last two characters of its phrase.
            guard let first = before.first(where: { indicatorAt[$0.range.lowerBound] != nil }).flatMap({ bindingAt[$0.range.lowerBound] })
            else { continue }
            let noun = WordSet([String(scalars: scalars[max(first.phrase.lowerBound, first.phrase.upperBound - 2)..<first.phrase.upperBound])])
            let unbound = before.indices.filter { index in
                let part = before[index]
                let words = (index > 0 ? before[index - 1].range.upperBound : sentenceStart)..<part.range.lowerBound
                return indicatorAt[part.range.lowerBound] == nil && part.unit == quantity.unit && noun.occurs(in: words, of: scalars)
            }.map { before[$0] }
            let parts = before.filter { indicatorAt[$0.range.lowerBound] != nil } + unbound
            let sum = parts.reduce(0) { $0 + $1.value }
            guard parts.count >= 2, parts.allSatisfy({ $0.value <= quantity.value }),
                  unbound.isEmpty || abs(sum - quantity.value) < 0.001 else { continue }
            found.append(Binding(indicator: indicator, quantity: quantity, phrase: clauseStart..<start,
                                 parts: parts.map(\.range).sorted { $0.lowerBound < $1.lowerBound }))
        }
        return found
    }

    private static let totalCharacters: Set<Unicode.Scalar> = ["全", "年", "以", "上", "述", "共", "计", "合", "总", "累", "达", "到", "为"]
    private static let totalWords = WordSet(["共", "合计", "总计", "累计"])

    /// 全年共计, 以上合计, 总计: total words and nothing else (两年合计 is no year's total).
    private static func onlyTotalWords(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        !words.isEmpty && words.count <= 6 && words.allSatisfy(totalCharacters.contains) && totalWords.occurs(in: words)
    }
}
