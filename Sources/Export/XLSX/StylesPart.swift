import Foundation

/// `xl/styles.xml`: a fixed set of cell formats. The workbook needs only a
/// few: plain, bold header, percent, wrapped text; and two differential
/// formats for the red/green conditional format.
enum StylesPart {
    /// Indices into cellXfs, as cells refer to them with `s`.
    enum Style: Int {
        case plain = 0, header, percent, wrapped
    }

    /// Indices into dxfs, as conditional format rules refer to them.
    enum Highlight: Int {
        case negative = 0, positive
    }

    static func write(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("styleSheet", ["xmlns": Namespace.spreadsheet])
        try writeFonts(writer)
        try writeFills(writer)
        try writeBorders(writer)
        try writeCellStyleXfs(writer)
        try writeCellXfs(writer)
        try writeCellStyles(writer)
        try writeDxfs(writer)
        try writer.end()
        try writer.finish()
    }

    static func writeFonts(_ writer: XMLWriter) throws {
        try writer.start("fonts", ["count": "2"])
        for bold in [false, true] {
            try writer.start("font")
            if bold { try writer.element("b") }
            try writer.element("sz", ["val": "11"])
            try writer.element("name", ["val": "Calibri"])
            try writer.element("family", ["val": "2"])
            try writer.end()
        }
        try writer.end()
    }

    static func writeFills(_ writer: XMLWriter) throws {
        try writer.start("fills", ["count": "2"])
        for pattern in ["none", "gray125"] {
            try writer.start("fill")
            try writer.element("patternFill", ["patternType": pattern])
            try writer.end()
        }
        try writer.end()
    }

    static func writeBorders(_ writer: XMLWriter) throws {
        try writer.start("borders", ["count": "1"])
        try writer.start("border")
        for side in ["left", "right", "top", "bottom", "diagonal"] { try writer.element(side) }
        try writer.end()
        try writer.end()
    }

    static func writeCellStyleXfs(_ writer: XMLWriter) throws {
        try writer.start("cellStyleXfs", ["count": "1"])
        try writer.element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
        try writer.end()
    }

    /// In `Style` order. 10 is the built-in `0.00%`.
    static func writeCellXfs(_ writer: XMLWriter) throws {
        try writer.start("cellXfs", ["count": "4"])
        try writer.element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"])
        try writer.element("xf", ["numFmtId": "0", "fontId": "1", "fillId": "0", "borderId": "0", "xfId": "0", "applyFont": "1"])
        try writer.element("xf", ["numFmtId": "10", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0",
                                  "applyNumberFormat": "1"])
        try writer.start("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyAlignment": "1"])
        try writer.element("alignment", ["vertical": "top", "wrapText": "1"])
        try writer.end()
        try writer.end()
    }

    static func writeCellStyles(_ writer: XMLWriter) throws {
        try writer.start("cellStyles", ["count": "1"])
        try writer.element("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
        try writer.end()
    }

    /// In `Highlight` order: Excel's "light red fill with dark red text" and its green twin.
    static func writeDxfs(_ writer: XMLWriter) throws {
        try writer.start("dxfs", ["count": "2"])
        for (font, fill) in [("FF9C0006", "FFFFC7CE"), ("FF006100", "FFC6EFCE")] {
            try writer.start("dxf")
            try writer.start("font")
            try writer.element("color", ["rgb": font])
            try writer.end()
            try writer.start("fill")
            try writer.start("patternFill")
            try writer.element("bgColor", ["rgb": fill])
            try writer.end()
            try writer.end()
            try writer.end()
        }
        try writer.end()
    }
}
