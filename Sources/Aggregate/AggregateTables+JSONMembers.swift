import PipelineCore

extension AggregateTables {
    /// tables.json's members for `SlicedJSONWriter`: the keys of the Codable
    /// form, so the file reads back with `JSONDecoder` (a test compares the
    /// bytes with `JSONEncoder`'s).
    public var jsonMembers: [JSONMember] {
        [
            .array("indicators", indicators), .array("documents", documents), .array("compliance", compliance),
            .array("values", values), .array("evidence", evidence), .array("panel", panel), .array("years", years),
            .array("comparison", comparison), .array("countyRollup", countyRollup), .array("coverage", coverage),
        ]
    }
}
