import Normalize

/// Why a mention can or cannot be the document's figure for its indicator.
public enum MentionScope: String, Codable, Sendable, CaseIterable {
    /// Marked as the whole year's / whole township's figure (全年, 共, 累计, 全镇 …).
    case total
    /// A plain statement of the figure.
    case plain
    /// A part of a larger figure (after 其中), never the indicator's total.
    case part
    /// A target or norm (力争, 确保, 每月至少 …).
    case target
    /// A change against another period (同比增长, 较上年减少).
    case change
    /// An earlier year's figure quoted for comparison.
    case previousYear = "previous_year"
    /// A figure over several years (近三年, 五年来 …).
    case cumulative
    /// The wider area's figure (全区共办理…), not the township's.
    case otherLevel = "other_level"
    /// Found in a section the indicator may not come from (plans, shortcomings).
    case section
    /// A sub-kind's figure (法律讲座4场) in a report that also counts the
    /// indicator itself (普法宣传活动58场次; the catalogue's `subkind_words`).
    case subkind

    /// Whether a mention of this scope can become the township-year value.
    public var counts: Bool { self == .total || self == .plain }
}

/// One statement of an indicator's figure in a report.
public struct Mention: Codable, Equatable, Sendable {
    public var indicator: String
    public var value: Double
    public var qualifier: NumberQualifier
    /// The measure word as written (simplified), or "%".
    public var unit: String
    public var section: SectionRole
    public var scope: MentionScope
    /// Offset of the evidence in the original text (Unicode scalars).
    public var offset: Int
    /// The clause that states it, verbatim from the original (original script).
    public var evidence: String

    public init(indicator: String, value: Double, qualifier: NumberQualifier, unit: String, section: SectionRole,
                scope: MentionScope, offset: Int, evidence: String) {
        self.indicator = indicator
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.section = section
        self.scope = scope
        self.offset = offset
        self.evidence = evidence
    }
}

extension Mention {
    /// The catalogue's `first_total` rule over counted mentions of one indicator
    /// (indexes into `mentions`, in text order): the first total, else the first.
    public static func firstTotal(among candidates: [Int], of mentions: [Mention]) -> Int? {
        candidates.first { mentions[$0].scope == .total } ?? candidates.first
    }
}
