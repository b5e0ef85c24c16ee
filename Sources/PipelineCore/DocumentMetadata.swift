/// What a report says about itself: who wrote it, for which year, when.
/// Every field is optional because real reports omit any of them.
public struct DocumentMetadata: Codable, Equatable, Sendable {
    /// Township, town or street office, e.g. 大新镇, 锦丰镇, 鹤龙街道.
    public var township: String?
    /// County-level parent (县, county-level 市, 区, 旗).
    public var county: String?
    /// Province, only when the report states one.
    public var province: String?
    /// The year the report is about, not the year it was signed.
    public var reportYear: Int?
    /// Signing date, ISO `YYYY-MM-DD`.
    public var issued: String?
    /// Document number such as 大政发〔2021〕1号.
    public var docNumber: String?

    public init(township: String? = nil, county: String? = nil, province: String? = nil,
                reportYear: Int? = nil, issued: String? = nil, docNumber: String? = nil) {
        self.township = township
        self.county = county
        self.province = province
        self.reportYear = reportYear
        self.issued = issued
        self.docNumber = docNumber
    }

    /// Fields set in `overrides` win; the others keep this value.
    public func overridden(by overrides: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(
            township: overrides.township ?? township,
            county: overrides.county ?? county,
            province: overrides.province ?? province,
            reportYear: overrides.reportYear ?? reportYear,
            issued: overrides.issued ?? issued,
            docNumber: overrides.docNumber ?? docNumber)
    }

    /// Names of the fields that hold a value, for recording where metadata came from.
    public var filledFields: [String] {
        var names: [String] = []
        if township != nil { names.append("township") }
        if county != nil { names.append("county") }
        if province != nil { names.append("province") }
        if reportYear != nil { names.append("report_year") }
        if issued != nil { names.append("issued") }
        if docNumber != nil { names.append("doc_number") }
        return names
    }
}

extension DocumentMetadata: JSONWritable {
    public func write(to json: inout JSONText) {
        json.object { json in
            json.member("county", county)
            json.member("docNumber", docNumber)
            json.member("issued", issued)
            json.member("province", province)
            json.member("reportYear", reportYear)
            json.member("township", township)
        }
    }
}

extension DocumentMetadata: JSONReadable {
    public init(json: inout JSONCursor, blobs: BlobReader?) throws {
        self.init()
        try json.object { json, key in
            switch key {
            case "county": county = try json.optionalString()
            case "docNumber": docNumber = try json.optionalString()
            case "issued": issued = try json.optionalString()
            case "province": province = try json.optionalString()
            case "reportYear": reportYear = try json.optionalInt()
            case "township": township = try json.optionalString()
            default: try json.skipValue()
            }
        }
    }
}
