import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import Export

/// A small workbook zipped, unzipped and parsed part by part.
@Suite struct PackagerTests {
    func workbook(rows: Int = 3) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-book-\(UUID().uuidString).xlsx")
        let packager = try XLSXPackager(destination: url, title: "测试")
        var panel = SheetLayout(name: "面板", header: ["township", "year", "cases"])
        panel.comments = [CellComment(row: 1, column: 2, text: "证据：调解纠纷33起\n文件：a")]
        panel.charts = [LineChart(title: "调解", categories: "B1:C1", values: "B2:C2", row: 1, column: 5)]
        panel.conditionalFormats = [SignFormat(column: 2)]
        try packager.addSheet(panel, rows: (0..<rows).map { [.text("镇\($0)"), .number(2020), .number(Double($0) - 1)] })
        try packager.addSheet(SheetLayout(name: "说明", header: ["item", "value"]), rows: [[XLSXCell.text("a\u{01}b"), .percent(0.5)]])
        try packager.close()
        return url
    }

    func entries(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }

    @Test func everyPartIsWellFormedAndTyped() throws {
        let parts = try entries(try workbook())
        #expect(Set(parts.keys) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
            "xl/worksheets/sheet2.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/comments1.xml",
            "xl/drawings/vmlDrawing1.vml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/charts/chart1.xml",
        ])
        for (path, data) in parts {
            #expect(XMLParser(data: data).parse(), "\(path) is not well-formed")
        }
        let types = String(decoding: parts["[Content_Types].xml"]!, as: UTF8.self)
        for path in parts.keys where !path.hasSuffix(".rels") && !path.hasSuffix(".vml") && path != "[Content_Types].xml" {
            #expect(types.contains("PartName=\"/\(path)\""), "\(path) has no content type")
        }
        let sheet = String(decoding: parts["xl/worksheets/sheet2.xml"]!, as: UTF8.self)
        #expect(sheet.contains("<t>ab</t>"), "control characters are removed from text")
    }

    @Test func sameTablesGiveTheSameBytes() throws {
        #expect(try Data(contentsOf: try workbook()) == Data(contentsOf: try workbook()))
    }

    @Test func slicesDependOnTheRowsAlone() {
        let size = WorksheetPart.rowsPerSlice
        let cells = { (count: Int) in Array(repeating: [XLSXCell](), count: count) }
        #expect(WorksheetPart.slices(of: cells(0)) == [0..<0])
        #expect(WorksheetPart.slices(of: cells(size)) == [0..<size])
        #expect(WorksheetPart.slices(of: cells(2 * size + 7)) == [0..<size, size..<2 * size, 2 * size..<2 * size + 7])
    }

    @Test func bigSheetsWrittenInSlicesReadAsOne() throws {
        let rows = 2 * WorksheetPart.rowsPerSlice + 7
        let sheet = String(decoding: try entries(try workbook(rows: rows))["xl/worksheets/sheet1.xml"]!, as: UTF8.self)
        // The slices join in order: rows 1…n+1, each once, then the tail.
        let numbers = sheet.components(separatedBy: "<row r=\"").dropFirst().map { Int($0.prefix { $0 != "\"" })! }
        #expect(numbers == Array(1...(rows + 1)))
        #expect(sheet.hasSuffix("</worksheet>") || sheet.hasSuffix("</worksheet>\n"))
        #expect(sheet.contains("<row r=\"\(rows + 1)\"><c t=\"inlineStr\"><is><t>镇\(rows - 1)</t></is></c>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:C\(rows + 1)\"/>"))
    }
}
