import Normalize

/// One indicator of the catalogue: what it is and how reports state it.
public struct Indicator: Equatable, Sendable {
    public enum Unit: String, Sendable, Codable {
        /// A number followed by one of the measure words.
        case count
        /// A percentage (N%, 百分之N).
        case percent
    }

    /// How the township-year value is picked from a document's mentions.
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// The first mention marked as a whole-year / whole-township total, else the first
        /// mention (see `Mention.firstTotal`).
        case firstTotal = "first_total"
    }

    public var id: String
    public var zh: String
    public var en: String
    public var unit: Unit
    public var measureWords: [String]
    /// Phrases the figure follows (受理*纠纷 33 起); `*` = up to eight characters of the clause.
    public var triggers: [String]
    /// Phrases the figure precedes (45场法治宣传讲座).
    public var nouns: [String]
    /// Phrases that act as triggers only in a 其中 list after a total whose
    /// sentence has the required words (其中规范性文件3件).
    public var listNouns: [String]
    /// When some mentions use these measure words, only those can be the value
    /// (接待来访43批，受理信访事项51件 → 51).
    public var preferredMeasureWords: [String]
    /// A plain figure whose phrase holds one of these counts a sub-kind
    /// (法律讲座4场) when the report also counts the indicator itself (普法宣传活动58场次).
    public var subkindWords: [String]
    /// Its phrases are verbs about disputes named before them (调结, 成功调解):
    /// after 其中 and another figure, they describe that figure's subset.
    public var followsSubject: Bool
    /// Bare verbs right before a figure (受理纠纷52起，化解50起) that state this
    /// indicator when the sentence's figure before it is one of `countBefore`'s.
    public var verbsAfterCount: [String]
    public var countBefore: [String]
    /// The clause must contain one of these, when given.
    public var requires: [String]
    /// The sentence must contain one of these, when given (a study session
    /// counts only in a sentence about law, wherever the sentence says it).
    public var requiresInSentence: [String]
    /// For a percent: words that state 100% without a number (应出尽出).
    public var statesFull: [String]
    public var vetoBefore: [String]
    public var vetoAfter: [String]
    /// The phrase does not count in a clause holding one of these anywhere
    /// (均按时答复 of 信访 is no disclosure answer).
    public var vetoInClause: [String]
    /// … or inside the `*` gap of its phrase (公开村级财务收支等信息 is the villages').
    public var vetoInGap: [String]
    /// For a phrase another indicator shares (法律讲座): words in its sentence
    /// that give it to the other one (群众, 学生) …
    public var sharedVeto: [String]
    /// … unless its own clause names one of these (为机关干部举办法治讲座).
    public var sharedKeep: [String]
    public var sections: Set<SectionRole>
    public var window: Int
    public var rule: Rule
    public var ruleNote: String

    /// Whether a quantity with this unit can be a value of this indicator.
    func accepts(_ quantity: Quantity) -> Bool {
        switch unit {
        case .percent: return quantity.isPercent
        case .count: return !quantity.isPercent && measureWords.contains(quantity.unit)
        }
    }
}

/// The indicator catalogue (`pipelines/indicators/*.yaml`).
public struct Catalogue: Equatable, Sendable {
    public static let currentVersion = 1
    public var indicators: [Indicator]
    /// SHA-256 of the file it was read from: part of the extract and
    /// aggregate fingerprints, so an edit reruns them.
    public var sourceHash: String

    public init(indicators: [Indicator], sourceHash: String = "") {
        self.indicators = indicators
        self.sourceHash = sourceHash
    }

    public func indicator(_ id: String) -> Indicator? {
        indicators.first { $0.id == id }
    }
}
