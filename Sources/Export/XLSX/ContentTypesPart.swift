import Foundation

/// `[Content_Types].xml`: the media type of every part in the package.
struct ContentTypesPart {
    private static let main = "application/vnd.openxmlformats-officedocument."
    static let workbook = main + "spreadsheetml.sheet.main+xml"
    static let worksheet = main + "spreadsheetml.worksheet+xml"
    static let styles = main + "spreadsheetml.styles+xml"
    static let sharedStrings = main + "spreadsheetml.sharedStrings+xml"
    static let comments = main + "spreadsheetml.comments+xml"
    static let drawing = main + "drawing+xml"
    static let chart = main + "drawingml.chart+xml"
    static let core = "application/vnd.openxmlformats-package.core-properties+xml"
    static let app = main + "extended-properties+xml"

    /// Part name (starting with /) → content type, in package order.
    private(set) var overrides: [(part: String, type: String)] = []

    mutating func add(_ part: String, type: String) {
        overrides.append(("/" + part, type))
    }

    func write(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("Types", ["xmlns": Namespace.contentTypes])
        try writeDefaults(writer)
        for (part, type) in overrides {
            try writer.element("Override", ["PartName": part, "ContentType": type])
        }
        try writer.end()
        try writer.finish()
    }

    func writeDefaults(_ writer: XMLWriter) throws {
        try writer.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
        try writer.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
        try writer.element("Default", ["Extension": "vml", "ContentType": Self.main + "vmlDrawing"])
    }
}
