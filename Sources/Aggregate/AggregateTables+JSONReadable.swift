import Extract
import Normalize
import PipelineCore

/// Export reads tables.json with `JSONCursor`: the rows by the ten thousand
/// (documents, compliance, values, evidence) with their own readers, the
/// small tables with `JSONDecoder`.
extension AggregateTables: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        var indicators: [IndicatorInfo]?, documents: [DocumentFacts]?, compliance: [ComplianceRow]?
        var values: [DocumentValue]?, evidence: [EvidenceRow]?, panel: [PanelRow]?, years: [Int]?
        var comparison: [ComparisonRow]?, countyRollup: [CountyRollupRow]?, coverage: [CoverageRow]?
        try json.object { json, key in
            switch key {
            case "indicators": indicators = try json.decoded([IndicatorInfo].self)
            case "documents": documents = try json.values(DocumentFacts.self, blobs: blobs)
            case "compliance": compliance = try json.values(ComplianceRow.self, blobs: blobs)
            case "values": values = try json.values(DocumentValue.self, blobs: blobs)
            case "evidence": evidence = try json.values(EvidenceRow.self, blobs: blobs)
            case "panel": panel = try json.decoded([PanelRow].self)
            case "years": years = try json.decoded([Int].self)
            case "comparison": comparison = try json.decoded([ComparisonRow].self)
            case "countyRollup": countyRollup = try json.decoded([CountyRollupRow].self)
            case "coverage": coverage = try json.decoded([CoverageRow].self)
            default: try json.skipValue()
            }
        }
        self.init(indicators: try json.required(indicators, "indicators"), documents: try json.required(documents, "documents"),
                  compliance: try json.required(compliance, "compliance"), values: try json.required(values, "values"),
                  evidence: try json.required(evidence, "evidence"), panel: try json.required(panel, "panel"),
                  years: try json.required(years, "years"), comparison: try json.required(comparison, "comparison"),
                  countyRollup: try json.required(countyRollup, "countyRollup"), coverage: try json.required(coverage, "coverage"))
    }
}

extension DocumentValue: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        self = try json.positional { json in
            let document = try json.string()
            try json.comma()
            let township = try json.optionalString()
            try json.comma()
            let county = try json.optionalString()
            try json.comma()
            let province = try json.optionalString()
            try json.comma()
            let year = try json.optionalInt()
            try json.comma()
            let indicator = try json.string()
            try json.comma()
            let value = try json.double()
            try json.comma()
            let unit = try json.string()
            try json.comma()
            let qualifier = try json.string(NumberQualifier.self)
            try json.comma()
            let mentions = try json.int()
            try json.comma()
            let evidence = try json.string()
            try json.comma()
            return DocumentValue(document: document, township: township, county: county, province: province, year: year,
                                 indicator: indicator, value: value, unit: unit, qualifier: qualifier, mentions: mentions,
                                 evidence: evidence, offset: try json.int())
        }
    }
}

extension EvidenceRow: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        self = try json.positional { json in
            let document = try json.string()
            try json.comma()
            let chosen = try json.bool()
            try json.comma()
            return EvidenceRow(document: document, mention: try Mention(json: &json, blobs: blobs), chosen: chosen)
        }
    }
}

extension ComplianceRow: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        var document: String?, township: String?, year: Int?, compliance: Compliance?
        try json.object { json, key in
            switch key {
            case "document": document = try json.string()
            case "township": township = try json.optionalString()
            case "year": year = try json.optionalInt()
            case "compliance": compliance = try Compliance(json: &json, blobs: blobs)
            default: try json.skipValue()
            }
        }
        self.init(document: try json.required(document, "document"), township: township, year: year,
                  compliance: try json.required(compliance, "compliance"))
    }
}
