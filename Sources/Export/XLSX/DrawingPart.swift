import Foundation

/// `xl/drawings/drawingN.xml`: where a sheet's charts sit, one two-cell
/// anchor per chart, each pointing to its chart part by relationship id.
struct DrawingPart {
    /// Columns and rows a chart spans.
    static let width = 8
    static let height = 15

    let charts: [(chart: LineChart, relationship: String)]

    func write(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("xdr:wsDr", ["xmlns:xdr": Namespace.spreadsheetDrawing, "xmlns:a": Namespace.drawing])
        for (index, entry) in charts.enumerated() {
            try writeAnchor(entry.chart, relationship: entry.relationship, index: index, writer)
        }
        try writer.end()
        try writer.finish()
    }

    func writeAnchor(_ chart: LineChart, relationship: String, index: Int, _ writer: XMLWriter) throws {
        try writer.start("xdr:twoCellAnchor", ["editAs": "oneCell"])
        try writeMarker("xdr:from", column: chart.column, row: chart.row, writer)
        try writeMarker("xdr:to", column: chart.column + Self.width, row: chart.row + Self.height, writer)
        try writeGraphicFrame(name: "Chart \(index + 1)", id: index + 2, relationship: relationship, writer)
        try writer.element("xdr:clientData")
        try writer.end()
    }

    func writeMarker(_ name: String, column: Int, row: Int, _ writer: XMLWriter) throws {
        try writer.start(name)
        try writer.element("xdr:col", text: String(column))
        try writer.element("xdr:colOff", text: "0")
        try writer.element("xdr:row", text: String(row))
        try writer.element("xdr:rowOff", text: "0")
        try writer.end()
    }

    func writeGraphicFrame(name: String, id: Int, relationship: String, _ writer: XMLWriter) throws {
        try writer.start("xdr:graphicFrame", ["macro": ""])
        try writer.start("xdr:nvGraphicFramePr")
        try writer.element("xdr:cNvPr", ["id": String(id), "name": name])
        try writer.element("xdr:cNvGraphicFramePr")
        try writer.end()
        try writer.start("xdr:xfrm")
        try writer.element("a:off", ["x": "0", "y": "0"])
        try writer.element("a:ext", ["cx": "0", "cy": "0"])
        try writer.end()
        try writer.start("a:graphic")
        try writer.start("a:graphicData", ["uri": Namespace.chart])
        try writer.element("c:chart", ["xmlns:c": Namespace.chart, "xmlns:r": Namespace.relationships, "r:id": relationship])
        try writer.end()
        try writer.end()
        try writer.end()
    }
}
