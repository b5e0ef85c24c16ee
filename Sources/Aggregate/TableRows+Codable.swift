import Extract
import Normalize
import PipelineCore

/// The two tables with a row per value and per mention are stored in
/// tables.json as positional arrays: JSONEncoder builds and sorts a key
/// dictionary for every keyed object, and these rows were most of the time
/// a run spends writing tables.json (and export, run alone, reading it).

/// `[document, township, county, province, year, indicator, value, unit,
/// qualifier, mentions, evidence, offset]`, absent fields as null.
extension DocumentValue {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(document)
        try container.encode(township)
        try container.encode(county)
        try container.encode(province)
        try container.encode(year)
        try container.encode(indicator)
        try container.encode(value)
        try container.encode(unit)
        try container.encode(qualifier)
        try container.encode(mentions)
        try container.encode(evidence)
        try container.encode(offset)
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        document = try container.decode(String.self)
        township = try container.decodeNil() ? nil : container.decode(String.self)
        county = try container.decodeNil() ? nil : container.decode(String.self)
        province = try container.decodeNil() ? nil : container.decode(String.self)
        year = try container.decodeNil() ? nil : container.decode(Int.self)
        indicator = try container.decode(String.self)
        value = try container.decode(Double.self)
        unit = try container.decode(String.self)
        qualifier = try container.decode(NumberQualifier.self)
        mentions = try container.decode(Int.self)
        evidence = try container.decode(String.self)
        offset = try container.decode(Int.self)
    }
}

/// `[document, chosen, mention]`.
extension EvidenceRow {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(document)
        try container.encode(chosen)
        try container.encode(mention)
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        document = try container.decode(String.self)
        chosen = try container.decode(Bool.self)
        mention = try container.decode(Mention.self)
    }
}

extension DocumentValue: JSONWritable {
    public func write(to json: inout JSONText) {
        json.array { json in
            json.string(document)
            json.element(township)
            json.element(county)
            json.element(province)
            json.element(year)
            json.string(indicator)
            json.double(value)
            json.string(unit)
            json.string(qualifier.rawValue)
            json.int(mentions)
            json.string(evidence)
            json.int(offset)
        }
    }
}

extension EvidenceRow: JSONWritable {
    public func write(to json: inout JSONText) {
        json.array { json in
            json.string(document)
            json.bool(chosen)
            json.value(mention)
        }
    }
}

extension ComplianceRow: JSONWritable {
    public func write(to json: inout JSONText) {
        json.object { json in
            json.key("compliance"); json.value(compliance)
            json.key("document"); json.string(document)
            json.member("township", township)
            json.member("year", year)
        }
    }
}
