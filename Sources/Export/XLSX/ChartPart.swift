import Foundation

/// `xl/charts/chartN.xml`: a line chart of one series with a category and
/// a value axis, elements in CT_ChartSpace order.
struct ChartPart {
    let chart: LineChart
    let sheet: String
    /// Axis ids only need to be unique within the chart.
    static let categoryAxis = "50010001"
    static let valueAxis = "50010002"

    func write(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("c:chartSpace", ["xmlns:c": Namespace.chart, "xmlns:a": Namespace.drawing,
                                          "xmlns:r": Namespace.relationships])
        try writer.element("c:lang", ["val": "zh-CN"])
        try writer.start("c:chart")
        try writeTitle(writer)
        try writer.element("c:autoTitleDeleted", ["val": "0"])
        try writer.start("c:plotArea")
        try writer.element("c:layout")
        try writeLineChart(writer)
        try writeCategoryAxis(writer)
        try writeValueAxis(writer)
        try writer.end()
        try writer.element("c:plotVisOnly", ["val": "1"])
        try writer.element("c:dispBlanksAs", ["val": "gap"])
        try writer.end()
        try writer.end()
        try writer.finish()
    }

    func writeTitle(_ writer: XMLWriter) throws {
        try writer.start("c:title")
        try writer.start("c:tx")
        try writer.start("c:rich")
        try writer.element("a:bodyPr")
        try writer.start("a:p")
        try writer.start("a:r")
        try writer.element("a:t", text: chart.title)
        try writer.end()
        try writer.end()
        try writer.end()
        try writer.end()
        try writer.element("c:overlay", ["val": "0"])
        try writer.end()
    }

    func writeLineChart(_ writer: XMLWriter) throws {
        try writer.start("c:lineChart")
        try writer.element("c:grouping", ["val": "standard"])
        try writer.element("c:varyColors", ["val": "0"])
        try writeSeries(writer)
        try writer.element("c:marker", ["val": "1"])
        try writer.element("c:axId", ["val": Self.categoryAxis])
        try writer.element("c:axId", ["val": Self.valueAxis])
        try writer.end()
    }

    func writeSeries(_ writer: XMLWriter) throws {
        try writer.start("c:ser")
        try writer.element("c:idx", ["val": "0"])
        try writer.element("c:order", ["val": "0"])
        try writer.start("c:tx")
        try writer.element("c:v", text: chart.title)
        try writer.end()
        try writer.start("c:marker")
        try writer.element("c:symbol", ["val": "circle"])
        try writer.end()
        try writer.start("c:cat")
        try writer.start("c:strRef")
        try writer.element("c:f", text: CellReference.absolute(chart.categories, sheet: sheet))
        try writer.end()
        try writer.end()
        try writer.start("c:val")
        try writer.start("c:numRef")
        try writer.element("c:f", text: CellReference.absolute(chart.values, sheet: sheet))
        try writer.end()
        try writer.end()
        try writer.element("c:smooth", ["val": "0"])
        try writer.end()
    }

    func writeCategoryAxis(_ writer: XMLWriter) throws {
        try writer.start("c:catAx")
        try writeAxisStart(id: Self.categoryAxis, position: "b", writer)
        try writer.element("c:numFmt", ["formatCode": "General", "sourceLinked": "1"])
        try writer.element("c:tickLblPos", ["val": "nextTo"])
        try writer.element("c:crossAx", ["val": Self.valueAxis])
        try writer.element("c:crosses", ["val": "autoZero"])
        try writer.element("c:auto", ["val": "1"])
        try writer.element("c:lblAlgn", ["val": "ctr"])
        try writer.element("c:lblOffset", ["val": "100"])
        try writer.end()
    }

    func writeValueAxis(_ writer: XMLWriter) throws {
        try writer.start("c:valAx")
        try writeAxisStart(id: Self.valueAxis, position: "l", writer)
        try writer.element("c:majorGridlines")
        try writer.element("c:numFmt", ["formatCode": "General", "sourceLinked": "1"])
        try writer.element("c:tickLblPos", ["val": "nextTo"])
        try writer.element("c:crossAx", ["val": Self.categoryAxis])
        try writer.element("c:crosses", ["val": "autoZero"])
        try writer.element("c:crossBetween", ["val": "between"])
        try writer.end()
    }

    /// axId, scaling, delete, axPos: what both axes open with.
    func writeAxisStart(id: String, position: String, _ writer: XMLWriter) throws {
        try writer.element("c:axId", ["val": id])
        try writer.start("c:scaling")
        try writer.element("c:orientation", ["val": "minMax"])
        try writer.end()
        try writer.element("c:delete", ["val": "0"])
        try writer.element("c:axPos", ["val": position])
    }
}
