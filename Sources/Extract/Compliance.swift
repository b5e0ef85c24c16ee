import PipelineCore
import Normalize

/// The four content items the national rules ask every annual report to
/// contain, as found among its sections.
public struct Compliance: Codable, Equatable, Sendable {
    public var measuresAndResults: Bool
    public var chiefDuty: Bool
    public var shortcomings: Bool
    public var nextYearPlan: Bool

    public init(measuresAndResults: Bool, chiefDuty: Bool, shortcomings: Bool, nextYearPlan: Bool) {
        self.measuresAndResults = measuresAndResults
        self.chiefDuty = chiefDuty
        self.shortcomings = shortcomings
        self.nextYearPlan = nextYearPlan
    }

    public init(sections: [Section]) {
        let roles = Set(sections.map(\.role))
        self.init(measuresAndResults: roles.contains(.measuresAndResults), chiefDuty: roles.contains(.chiefDuty),
                  shortcomings: roles.contains(.shortcomings), nextYearPlan: roles.contains(.nextYearPlan))
    }
}

extension Compliance: JSONWritable {
    public func write(to json: inout JSONText) {
        json.object { json in
            json.key("chiefDuty"); json.bool(chiefDuty)
            json.key("measuresAndResults"); json.bool(measuresAndResults)
            json.key("nextYearPlan"); json.bool(nextYearPlan)
            json.key("shortcomings"); json.bool(shortcomings)
        }
    }
}

extension Compliance: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        var flags: [String: Bool] = [:]
        try json.object { json, key in
            switch key {
            case "measuresAndResults", "chiefDuty", "shortcomings", "nextYearPlan": flags[key] = try json.bool()
            default: try json.skipValue()
            }
        }
        self.init(measuresAndResults: try json.required(flags["measuresAndResults"], "measuresAndResults"),
                  chiefDuty: try json.required(flags["chiefDuty"], "chiefDuty"),
                  shortcomings: try json.required(flags["shortcomings"], "shortcomings"),
                  nextYearPlan: try json.required(flags["nextYearPlan"], "nextYearPlan"))
    }
}
