import PipelineCore

/// A section is stored as a positional array, `[start, end, level or null,
/// heading, role]`: JSONDecoder builds a key dictionary for every keyed
/// object, and decoding a dozen keyed sections per report was over a tenth
/// of the extract stage.
extension Section {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
        if let level { try container.encode(level) } else { try container.encodeNil() }
        try container.encode(heading)
        try container.encode(role)
    }

    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        start = try container.decode(Int.self)
        end = try container.decode(Int.self)
        level = try container.decodeNil() ? nil : container.decode(Int.self)
        heading = try container.decode(String.self)
        role = try container.decode(SectionRole.self)
    }
}

extension Section: JSONWritable {
    public func write(to json: inout JSONText) {
        json.array { json in
            json.int(start)
            json.int(end)
            json.element(level)
            json.string(heading)
            json.string(role.rawValue)
        }
    }
}

extension Section: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        self = try json.positional { json in
            let start = try json.int()
            try json.comma()
            let end = try json.int()
            try json.comma()
            let level = try json.optionalInt()
            try json.comma()
            let heading = try json.string()
            try json.comma()
            return Section(start: start, end: end, level: level, heading: heading, role: try json.string(SectionRole.self))
        }
    }
}
