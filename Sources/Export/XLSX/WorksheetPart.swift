import Foundation

/// `xl/worksheets/sheetN.xml`, written as consecutive files that the
/// packager zips as one part: a head (everything before the rows), the
/// rows in slices that are written in parallel on big sheets, and a tail.
/// Elements are written in CT_Worksheet order.
struct WorksheetPart {
    /// Rows looked at to size the columns.
    static let sampleRows = 1000
    /// Excel's limit, header included.
    static let maximumRows = 1_048_576
    /// Rows per slice. Fixed, not derived from the core count, so a sheet's
    /// bytes are the same on every machine.
    static let rowsPerSlice = 10_000

    let layout: SheetLayout
    let relations: SheetRelations
    let sharedStrings: SharedStringsPart

    /// Writes the part into `files` (head, row slices, tail) and returns
    /// the range the autofilter covers.
    func write<Rows: RandomAccessCollection>(_ rows: Rows, files: (Int) -> [URL]) throws -> String
    where Rows.Element == [XLSXCell], Rows.Index == Int {
        guard rows.count + 1 <= Self.maximumRows else { throw XLSXError.tooManyRows(sheet: layout.name, rows: rows.count + 1) }
        let slices = Self.slices(of: rows)
        let urls = files(slices.count + 2)
        try writeHead(to: urls[0], widths: widths(of: rows))
        try SheetDataWriter.write(slices, of: rows, layout: layout, to: Array(urls[1...slices.count]))
        let tableRows = rows.count - layout.footerRows
        try writeTail(to: urls[slices.count + 1], tableRows: tableRows)
        return filterRange(tableRows: tableRows)
    }

    static func slices(of rows: some RandomAccessCollection<[XLSXCell]>) -> [Range<Int>] {
        guard rows.count > rowsPerSlice else { return [0..<rows.count] }
        return stride(from: 0, to: rows.count, by: rowsPerSlice).map { $0..<min($0 + rowsPerSlice, rows.count) }
    }

    private func widths<Rows: RandomAccessCollection>(of rows: Rows) -> ColumnWidths
    where Rows.Element == [XLSXCell], Rows.Index == Int {
        var widths = ColumnWidths(header: layout.header)
        for row in rows.prefix(Self.sampleRows) { widths.fit(row) }
        return widths
    }

    private func writeHead(to file: URL, widths: ColumnWidths) throws {
        let writer = try XMLWriter(file: file)
        try writer.raw("<worksheet xmlns=\"\(Namespace.spreadsheet)\" xmlns:r=\"\(Namespace.relationships)\">")
        try writeSheetViews(writer)
        try writeColumns(widths, writer)
        try writer.raw("<sheetData>")
        try writeHeader(writer)
        try writer.finish()
    }

    private func writeTail(to file: URL, tableRows: Int) throws {
        let writer = try XMLWriter(file: file, declaration: false)
        try writer.raw("</sheetData>")
        try writeAutoFilter(tableRows: tableRows, writer)
        try writeConditionalFormatting(tableRows: tableRows, writer)
        try writePageMargins(writer)
        try writeDrawing(writer)
        try writeLegacyDrawing(writer)
        try writer.raw("</worksheet>")
        try writer.finish()
    }

    /// The header row frozen in place.
    func writeSheetViews(_ writer: XMLWriter) throws {
        try writer.start("sheetViews")
        try writer.start("sheetView", ["workbookViewId": "0"])
        try writer.element("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
        try writer.element("selection", ["pane": "bottomLeft"])
        try writer.end()
        try writer.end()
    }

    func writeColumns(_ widths: ColumnWidths, _ writer: XMLWriter) throws {
        guard !widths.widths.isEmpty else { return }
        try writer.start("cols")
        for (index, width) in widths.widths.enumerated() {
            let number = String(index + 1)
            try writer.element("col", ["min": number, "max": number, "width": String(format: "%.1f", width), "customWidth": "1"])
        }
        try writer.end()
    }

    /// Bold header cells from the shared strings.
    func writeHeader(_ writer: XMLWriter) throws {
        try writer.start("row", ["r": "1"])
        for (index, title) in layout.header.enumerated() {
            try writer.start("c", ["r": CellReference.cell(row: 0, column: index), "s": String(StylesPart.Style.header.rawValue),
                                   "t": "s"])
            try writer.element("v", text: String(sharedStrings.index(of: title)))
            try writer.end()
        }
        try writer.end()
    }

    /// The filter buttons over the header and the table's rows.
    func writeAutoFilter(tableRows: Int, _ writer: XMLWriter) throws {
        guard !layout.header.isEmpty else { return }
        try writer.element("autoFilter", ["ref": filterRange(tableRows: tableRows)])
    }

    func filterRange(tableRows: Int) -> String {
        CellReference.range(fromRow: 0, fromColumn: 0, toRow: tableRows, toColumn: max(layout.header.count - 1, 0))
    }

    func writeConditionalFormatting(tableRows: Int, _ writer: XMLWriter) throws {
        guard tableRows > 0 else { return }
        for (index, format) in layout.conditionalFormats.enumerated() {
            let range = CellReference.range(fromRow: 1, fromColumn: format.column, toRow: tableRows, toColumn: format.column)
            try writer.start("conditionalFormatting", ["sqref": range])
            for (offset, (rule, highlight)) in [("lessThan", StylesPart.Highlight.negative), ("greaterThan", .positive)].enumerated() {
                try writer.start("cfRule", ["type": "cellIs", "dxfId": String(highlight.rawValue),
                                            "priority": String(index * 2 + offset + 1), "operator": rule])
                try writer.element("formula", text: "0")
                try writer.end()
            }
            try writer.end()
        }
    }

    func writePageMargins(_ writer: XMLWriter) throws {
        try writer.element("pageMargins", ["left": "0.7", "right": "0.7", "top": "0.75", "bottom": "0.75",
                                           "header": "0.3", "footer": "0.3"])
    }

    func writeDrawing(_ writer: XMLWriter) throws {
        guard let id = relations.drawing else { return }
        try writer.element("drawing", ["r:id": id])
    }

    func writeLegacyDrawing(_ writer: XMLWriter) throws {
        guard let id = relations.vmlDrawing else { return }
        try writer.element("legacyDrawing", ["r:id": id])
    }
}

/// The relationship ids a sheet's own parts are known by.
struct SheetRelations {
    var drawing: String?
    var comments: String?
    var vmlDrawing: String?
}
