import Normalize

/// The catalogue prepared for matching: phrase indexes over all indicators
/// and each indicator's word sets, built once per run.
struct CompiledCatalogue {
    struct Words {
        let requires: WordSet
        let requiresInSentence: WordSet
        let vetoBefore: WordSet
        let vetoAfter: WordSet
        let vetoInClause: WordSet
        let vetoInGap: WordSet
        let sharedVeto: WordSet
        let sharedKeep: WordSet
        let verbsAfterCount: WordSet
        let subkindWords: WordSet
        /// The indicator whose count the verbs follow.
        let countBefore: [Int]
    }

    let indicators: [Indicator]
    let compiled: [Words]
    let triggers: PhraseIndex
    let nouns: PhraseIndex
    let listNouns: PhraseIndex
    /// Words that state a percentage indicator is 100% (应出尽出).
    let fullStatements: PhraseIndex
    let quantities: QuantityScanner
    /// Every measure word of the catalogue (a table label's unit must be one).
    let measureWords: Set<String>

    init(_ catalogue: Catalogue) {
        indicators = catalogue.indicators
        let ids = catalogue.indicators.map(\.id)
        compiled = indicators.map {
            Words(requires: WordSet($0.requires), requiresInSentence: WordSet($0.requiresInSentence),
                  vetoBefore: WordSet($0.vetoBefore), vetoAfter: WordSet($0.vetoAfter), vetoInClause: WordSet($0.vetoInClause),
                  vetoInGap: WordSet($0.vetoInGap),
                  sharedVeto: WordSet($0.sharedVeto), sharedKeep: WordSet($0.sharedKeep),
                  verbsAfterCount: WordSet($0.verbsAfterCount), subkindWords: WordSet($0.subkindWords), countBefore: $0.countBefore.compactMap { ids.firstIndex(of: $0) })
        }
        triggers = PhraseIndex(indicators.enumerated().flatMap { index, indicator in indicator.triggers.map { ($0, index) } })
        nouns = PhraseIndex(indicators.enumerated().flatMap { index, indicator in indicator.nouns.map { ($0, index) } })
        listNouns = PhraseIndex(indicators.enumerated().flatMap { index, indicator in indicator.listNouns.map { ($0, index) } })
        fullStatements = PhraseIndex(indicators.enumerated().flatMap { index, indicator in indicator.statesFull.map { ($0, index) } })
        measureWords = Set(indicators.flatMap(\.measureWords))
        quantities = QuantityScanner(measureWords: measureWords)
    }
}
