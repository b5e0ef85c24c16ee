import Extract
import Normalize
import PipelineCore

/// The aggregate stage's artifact (`stages/aggregate/tables.json`): every
/// table the export writes, already decided, so export only formats.
public struct AggregateTables: Codable, Sendable {
    public var indicators: [IndicatorInfo]
    public var documents: [DocumentFacts]
    public var compliance: [ComplianceRow]
    public var values: [DocumentValue]
    public var evidence: [EvidenceRow]
    public var panel: [PanelRow]
    /// Years present in the panel, ascending: the comparison's columns.
    public var years: [Int]
    public var comparison: [ComparisonRow]
    public var countyRollup: [CountyRollupRow]
    public var coverage: [CoverageRow]

    public init(indicators: [IndicatorInfo], documents: [DocumentFacts], compliance: [ComplianceRow],
                values: [DocumentValue], evidence: [EvidenceRow], panel: [PanelRow], years: [Int],
                comparison: [ComparisonRow], countyRollup: [CountyRollupRow], coverage: [CoverageRow]) {
        self.indicators = indicators
        self.documents = documents
        self.compliance = compliance
        self.values = values
        self.evidence = evidence
        self.panel = panel
        self.years = years
        self.comparison = comparison
        self.countyRollup = countyRollup
        self.coverage = coverage
    }
}

/// An indicator as the outputs describe it (the dictionary).
public struct IndicatorInfo: Codable, Equatable, Sendable {
    public var id: String
    public var zh: String
    public var en: String
    public var unit: String
    public var rule: String
    public var ruleNote: String

    public init(id: String, zh: String, en: String, unit: String, rule: String, ruleNote: String) {
        self.id = id
        self.zh = zh
        self.en = en
        self.unit = unit
        self.rule = rule
        self.ruleNote = ruleNote
    }
}

public struct ComplianceRow: Codable, Equatable, Sendable {
    public var document: String
    public var township: String?
    public var year: Int?
    public var compliance: Compliance
}

/// A document's figure for one indicator, picked from its mentions.
public struct DocumentValue: Codable, Equatable, Sendable {
    public var document: String
    public var township: String?
    public var county: String?
    public var province: String?
    public var year: Int?
    public var indicator: String
    public var value: Double
    public var unit: String
    public var qualifier: NumberQualifier
    /// How many mentions of the indicator the document has (all scopes).
    public var mentions: Int
    public var evidence: String
    public var offset: Int

    public init(document: String, township: String?, county: String?, province: String?, year: Int?, indicator: String,
                value: Double, unit: String, qualifier: NumberQualifier, mentions: Int, evidence: String, offset: Int) {
        self.document = document
        self.township = township
        self.county = county
        self.province = province
        self.year = year
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.mentions = mentions
        self.evidence = evidence
        self.offset = offset
    }
}

public struct EvidenceRow: Codable, Equatable, Sendable {
    public var document: String
    public var mention: Mention
    /// This mention is the document's value for its indicator.
    public var chosen: Bool
}

/// One township-year of the panel: indicator id → value.
public struct PanelRow: Codable, Equatable, Sendable {
    public var township: String
    public var county: String?
    public var year: Int
    /// The document the values come from (its `values` rows hold qualifiers and evidence).
    public var document: String
    public var values: [String: Double]
}

public struct ComparisonRow: Codable, Equatable, Sendable {
    public var township: String
    public var county: String?
    public var indicator: String
    /// year → value
    public var values: [Int: Double]
    /// Latest reported year's value minus the previous reported year's.
    public var change: Double?
    /// `change` as a percentage of the previous value (nil when that is 0).
    public var changePercent: Double?
}

public struct CountyRollupRow: Codable, Equatable, Sendable {
    public enum Aggregation: String, Codable, Sendable { case sum, mean }
    public var county: String
    public var year: Int
    public var indicator: String
    /// Townships that state the indicator.
    public var townships: Int
    public var value: Double
    public var aggregation: Aggregation
}

public struct CoverageRow: Codable, Equatable, Sendable {
    public var indicator: String
    /// Readable documents.
    public var documents: Int
    /// Documents with a value.
    public var stated: Int
}
