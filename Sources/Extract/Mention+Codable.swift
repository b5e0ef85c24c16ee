import PipelineCore
import Normalize

/// A mention is stored as a positional array, `[indicator, value, qualifier,
/// unit, section, scope, offset, evidence]`: JSONDecoder builds a key
/// dictionary for every keyed object, and the extract records and
/// tables.json hold every mention of every report.
extension Mention {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(indicator)
        try container.encode(value)
        try container.encode(qualifier)
        try container.encode(unit)
        try container.encode(section)
        try container.encode(scope)
        try container.encode(offset)
        try container.encode(evidence)
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        indicator = try container.decode(String.self)
        value = try container.decode(Double.self)
        qualifier = try container.decode(NumberQualifier.self)
        unit = try container.decode(String.self)
        section = try container.decode(SectionRole.self)
        scope = try container.decode(MentionScope.self)
        offset = try container.decode(Int.self)
        evidence = try container.decode(String.self)
    }
}

extension Mention: JSONWritable {
    public func write(to json: inout JSONText) {
        json.array { json in
            json.string(indicator)
            json.double(value)
            json.string(qualifier.rawValue)
            json.string(unit)
            json.string(section.rawValue)
            json.string(scope.rawValue)
            json.int(offset)
            json.string(evidence)
        }
    }
}

extension Mention: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        self = try json.positional { json in
            let indicator = try json.string()
            try json.comma()
            let value = try json.double()
            try json.comma()
            let qualifier = try json.string(NumberQualifier.self)
            try json.comma()
            let unit = try json.string()
            try json.comma()
            let section = try json.string(SectionRole.self)
            try json.comma()
            let scope = try json.string(MentionScope.self)
            try json.comma()
            let offset = try json.int()
            try json.comma()
            return Mention(indicator: indicator, value: value, qualifier: qualifier, unit: unit, section: section,
                           scope: scope, offset: offset, evidence: try json.string())
        }
    }
}
