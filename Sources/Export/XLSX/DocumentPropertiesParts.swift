import Foundation

/// `docProps/core.xml` and `docProps/app.xml`. Their dates are fixed, not
/// the clock's, so the same tables give the same bytes.
struct DocumentPropertiesParts {
    let title: String
    /// W3CDTF, e.g. 2000-01-01T00:00:00Z.
    let created: String
    let sheetNames: [String]

    func writeCore(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("cp:coreProperties", [
            "xmlns:cp": Namespace.coreProperties, "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            "xmlns:dcterms": "http://purl.org/dc/terms/", "xmlns:dcmitype": "http://purl.org/dc/dcmitype/",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ])
        try writer.element("dc:title", text: title)
        try writer.element("dc:creator", text: "fazhi")
        try writer.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: created)
        try writer.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: created)
        try writer.end()
        try writer.finish()
    }

    func writeApp(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("Properties", ["xmlns": Namespace.extendedProperties, "xmlns:vt": Namespace.docPropsVTypes])
        try writer.element("Application", text: "fazhi")
        try writeHeadingPairs(writer)
        try writeTitlesOfParts(writer)
        try writer.end()
        try writer.finish()
    }

    /// "Worksheets" and how many: what TitlesOfParts lists, as Excel writes it.
    func writeHeadingPairs(_ writer: XMLWriter) throws {
        try writer.start("HeadingPairs")
        try writer.start("vt:vector", ["size": "2", "baseType": "variant"])
        try writer.start("vt:variant")
        try writer.element("vt:lpstr", text: "Worksheets")
        try writer.end()
        try writer.start("vt:variant")
        try writer.element("vt:i4", text: String(sheetNames.count))
        try writer.end()
        try writer.end()
        try writer.end()
    }

    func writeTitlesOfParts(_ writer: XMLWriter) throws {
        try writer.start("TitlesOfParts")
        try writer.start("vt:vector", ["size": String(sheetNames.count), "baseType": "lpstr"])
        for name in sheetNames { try writer.element("vt:lpstr", text: name) }
        try writer.end()
        try writer.end()
    }
}
