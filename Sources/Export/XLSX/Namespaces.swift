/// The OOXML namespace and relationship-type URIs the parts use.
enum Namespace {
    static let spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let drawing = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let spreadsheetDrawing = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
    static let chart = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    static let docPropsVTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
}

/// Relationship types, by what they point to.
enum RelationshipType {
    private static let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let officeDocument = office + "officeDocument"
    static let extendedProperties = office + "extended-properties"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    static let worksheet = office + "worksheet"
    static let styles = office + "styles"
    static let sharedStrings = office + "sharedStrings"
    static let drawing = office + "drawing"
    static let chart = office + "chart"
    static let comments = office + "comments"
    static let vmlDrawing = office + "vmlDrawing"
}
