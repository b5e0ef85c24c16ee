import Normalize

/// Binds quantities to indicators in one document's normalized text.
///
/// A quantity belongs to the nearest indicator phrase before it in the same
/// clause (受理矛盾纠纷 33 起, 调结 33 起, 调处成功率 100%), within the
/// indicator's window and with no other quantity in between, so a phrase
/// takes only the first figure after it. A quantity no phrase claims may be
/// followed by an indicator noun (开展45场法治宣传讲座). Vetoes, required
/// words and units come from the catalogue.
struct MentionFinder {
    let catalogue: CompiledCatalogue

    struct Binding: Equatable {
        let indicator: Int
        let quantity: Quantity
        /// Where the indicator's phrase is: the evidence spans both.
        let phrase: Range<Int>
    }

    func bind(_ scalars: [Unicode.Scalar], quantities: [Quantity]) -> (bindings: [Binding], unboundTriggers: [PhraseIndex.Hit]) {
        let subsets = subsetHits(scalars).filter { passesVetoes($0, scalars) }
        let triggers = catalogue.triggers.hits(in: scalars).filter { passesVetoes($0, scalars) } + subsets
        let nouns = catalogue.nouns.hits(in: scalars).filter { passesVetoes($0, scalars) }
        var bindings: [Binding] = []
        var usedTriggers = Set<Int>()
        var previousEnd = 0
        for quantity in quantities {
            defer { previousEnd = quantity.range.upperBound }
            let start = quantity.range.lowerBound
            // Phrases ending before the number, after the previous quantity, nearest first.
            let candidates = triggers.indices.filter { index in
                let hit = triggers[index]
                let indicator = catalogue.indicators[hit.indicator]
                return hit.range.upperBound <= start && hit.range.upperBound >= previousEnd
                    && start - hit.range.upperBound <= indicator.window
                    && Clause.isOneClause(hit.range.upperBound..<start, in: scalars)
            }.sorted { lhs, rhs in
                let (a, b) = (triggers[lhs].range, triggers[rhs].range)
                return a.upperBound != b.upperBound ? a.upperBound > b.upperBound : a.count > b.count
            }
            if let chosen = candidates.first(where: {
                accepts(triggers[$0], quantity, scalars, checkingRequiredWords: !subsets.contains(triggers[$0]))
            }) {
                usedTriggers.insert(chosen)
                bindings.append(Binding(indicator: triggers[chosen].indicator, quantity: quantity, phrase: triggers[chosen].range))
                continue
            }
            if !candidates.isEmpty { usedTriggers.formUnion(candidates) }  // the phrase's first figure was not its kind
            let end = quantity.range.upperBound
            if let noun = nouns.first(where: { hit in
                hit.range.lowerBound >= end && hit.range.lowerBound - end <= 6
                    && Clause.isOneClause(end..<hit.range.lowerBound, in: scalars) && accepts(hit, quantity, scalars)
            }) {
                bindings.append(Binding(indicator: noun.indicator, quantity: quantity, phrase: noun.range))
            }
        }
        let unbound = triggers.indices.filter { !usedTriggers.contains($0) }.map { triggers[$0] }
        return (bindings, unbound)
    }

    /// Unit and required words; a subset noun's required words were checked
    /// on the head of its sentence.
    private func accepts(_ hit: PhraseIndex.Hit, _ quantity: Quantity, _ scalars: [Unicode.Scalar],
                         checkingRequiredWords: Bool = true) -> Bool {
        let compiled = catalogue.compiled[hit.indicator]
        guard catalogue.indicators[hit.indicator].accepts(quantity) else { return false }
        if checkingRequiredWords, !compiled.requires.isEmpty {
            let clause = Clause.clauseStart(before: min(hit.range.lowerBound, quantity.range.lowerBound), in: scalars)
                ..< Clause.clauseEnd(after: max(hit.range.upperBound, quantity.range.upperBound), in: scalars)
            if !compiled.requires.occurs(in: clause, of: scalars) { return false }
        }
        return true
    }

    /// Subset nouns (其中规范性文件3件、合同198件) act as phrases only after
    /// 其中, in a sentence whose head has the indicator's required verb.
    private func subsetHits(_ scalars: [Unicode.Scalar]) -> [PhraseIndex.Hit] {
        catalogue.subsetNouns.hits(in: scalars).filter { hit in
            let sentenceStart = Clause.sentenceStart(before: hit.range.lowerBound, in: scalars)
            guard let part = ScopeReader.lastPartMarker(in: sentenceStart..<hit.range.lowerBound, of: scalars) else { return false }
            let requires = catalogue.compiled[hit.indicator].requires
            return requires.isEmpty || requires.occurs(in: sentenceStart..<part, of: scalars)
        }
    }

    private func passesVetoes(_ hit: PhraseIndex.Hit, _ scalars: [Unicode.Scalar]) -> Bool {
        let compiled = catalogue.compiled[hit.indicator]
        let clauseStart = Clause.clauseStart(before: hit.range.lowerBound, in: scalars)
        // A list item (…引发的行政复议0件、行政诉讼0件) shares the words before the list.
        let listItem = hit.range.lowerBound > 0 && scalars[hit.range.lowerBound - 1] == "、"
        // 对决策、规范性文件、合同等开展审查: the phrase closes a list of objects with 等;
        // its figure is theirs together, not this indicator's.
        if listItem && scalars[hit.range].contains("等") { return false }
        let reach = listItem ? hit.range.lowerBound - clauseStart : min(6, hit.range.lowerBound - clauseStart)
        if compiled.vetoBefore.endsBefore(hit.range.lowerBound, within: reach, in: scalars) {
            return false
        }
        return !compiled.vetoAfter.startsAfter(hit.range.upperBound, within: 3, in: scalars)
    }
}
