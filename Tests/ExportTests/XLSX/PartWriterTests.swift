import Foundation
import Testing
@testable import Export

/// Each part writer against the exact XML the OOXML schema order requires,
/// for tiny inputs, in the manner of libxlsxwriter's unit tests.
@Suite struct PartWriterTests {
    let layout: SheetLayout = {
        var layout = SheetLayout(name: "面板", header: ["township", "value"])
        layout.conditionalFormats = [SignFormat(column: 1)]
        return layout
    }()

    @Test func sheetViewsFreezeTheHeaderRow() throws {
        let part = WorksheetPart(layout: layout, relations: SheetRelations(), sharedStrings: SharedStringsPart())
        #expect(try PartOutput.of { try part.writeSheetViews($0) } == """
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" \
            state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>
            """)
    }

    @Test func headerCellsAreBoldSharedStrings() throws {
        let strings = SharedStringsPart()
        let part = WorksheetPart(layout: layout, relations: SheetRelations(), sharedStrings: strings)
        #expect(try PartOutput.of { try part.writeHeader($0) } == """
            <row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c></row>
            """)
        #expect(strings.strings == ["township", "value"])
    }

    @Test func columnWidthsCountCJKTwice() throws {
        var widths = ColumnWidths(header: ["id", "township"])
        widths.fit([.text("锦丰镇人民政府法治办公室"), .number(3)])
        #expect(widths.widths == [26, 10])
        let part = WorksheetPart(layout: layout, relations: SheetRelations(), sharedStrings: SharedStringsPart())
        #expect(try PartOutput.of { try part.writeColumns(widths, $0) } == """
            <cols><col min="1" max="1" width="26.0" customWidth="1"/><col min="2" max="2" width="10.0" customWidth="1"/></cols>
            """)
    }

    @Test func autofilterAndSignColoursCoverTheTableRows() throws {
        let part = WorksheetPart(layout: layout, relations: SheetRelations(), sharedStrings: SharedStringsPart())
        #expect(try PartOutput.of { try part.writeAutoFilter(tableRows: 3, $0) } == "<autoFilter ref=\"A1:B4\"/>")
        #expect(try PartOutput.of { try part.writeConditionalFormatting(tableRows: 3, $0) } == """
            <conditionalFormatting sqref="B2:B4"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan">\
            <formula>0</formula></cfRule><cfRule type="cellIs" dxfId="1" priority="2" operator="greaterThan">\
            <formula>0</formula></cfRule></conditionalFormatting>
            """)
    }

    @Test func drawingsAreReferencedByRelationship() throws {
        let part = WorksheetPart(layout: layout, relations: SheetRelations(drawing: "rId1", comments: "rId2", vmlDrawing: "rId3"),
                                 sharedStrings: SharedStringsPart())
        #expect(try PartOutput.of { try part.writeDrawing($0) } == "<drawing r:id=\"rId1\"/>")
        #expect(try PartOutput.of { try part.writeLegacyDrawing($0) } == "<legacyDrawing r:id=\"rId3\"/>")
    }

    @Test func worksheetElementsComeInSchemaOrder() throws {
        var charted = layout
        charted.charts = [LineChart(title: "调解", categories: "D1:E1", values: "D2:E2", row: 1, column: 4)]
        charted.comments = [CellComment(row: 1, column: 1, text: "证据")]
        let part = WorksheetPart(layout: charted, relations: SheetRelations(drawing: "rId1", comments: "rId2", vmlDrawing: "rId3"),
                                 sharedStrings: SharedStringsPart())
        let files = (0..<3).map { _ in PartOutput.file() }
        _ = try part.write([[XLSXCell.text("锦丰镇"), .number(-2)]]) { _ in files }
        let xml = try files.map(PartOutput.text(of:)).joined()
        #expect(PartOutput.elementNames(xml).filter { !["row", "c", "is", "t", "v", "col", "pane", "selection", "sheetView", "cfRule", "formula"].contains($0) }
            == ["worksheet", "sheetViews", "cols", "sheetData", "autoFilter", "conditionalFormatting", "pageMargins", "drawing", "legacyDrawing"])
    }

    @Test func rowsHoldTextNumbersPercentagesAndGaps() throws {
        let url = PartOutput.file()
        var writer = try SheetDataWriter(layout: layout, file: url)
        try writer.writeRow([.text("A&B <锦丰镇>"), .number(.nan), .number(3), .percent(0.25), .number(1.0 / 8), .text(" 空格 ")], number: 2)
        try writer.finish()
        #expect(try PartOutput.text(of: url) == """
            <row r="2"><c t="inlineStr"><is><t>A&amp;B &lt;锦丰镇&gt;</t></is></c><c/><c><v>3</v></c><c s="2"><v>0.25</v></c>\
            <c><v>0.125</v></c><c t="inlineStr"><is><t xml:space="preserve"> 空格 </t></is></c></row>
            """)
    }

    @Test func illegalCharactersAreRemovedAndLongTextCut() throws {
        #expect(XMLWriter.clean("调解\u{01}纠纷\u{0B}\u{FFFE}33起\t\n") == "调解纠纷33起\t\n")
        let long = String(repeating: "调", count: CellText.maximumLength + 5)
        let cut = CellText.fitted(long)
        #expect(cut.utf16.count == CellText.maximumLength && cut.hasSuffix("…"))
        #expect(CellText.fitted("short") == "short")
    }

    @Test func stylesListTheirElementsInSchemaOrder() throws {
        let xml = try PartOutput.of(part: StylesPart.write)
        let containers = PartOutput.elementNames(xml).filter { ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"].contains($0) }
        #expect(containers == ["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"])
        #expect(xml.contains("<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"))
    }

    @Test func relationshipsAndContentTypes() throws {
        var relations = RelationshipsPart()
        #expect(relations.add(RelationshipType.styles, target: "styles.xml") == "rId1")
        #expect(try PartOutput.of(part: relations.write) == """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """)
        var types = ContentTypesPart()
        types.add("xl/workbook.xml", type: ContentTypesPart.workbook)
        let xml = try PartOutput.of(part: types.write)
        #expect(PartOutput.elementNames(xml) == ["Types", "Default", "Default", "Default", "Override"])
        #expect(xml.contains("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"))
    }

    @Test func commentsNameTheirCellAndAuthor() throws {
        let xml = try PartOutput.of(part: CommentsPart(comments: [CellComment(row: 1, column: 3, text: "证据：全年调解纠纷33起")]).write)
        #expect(xml == """
            <comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>fazhi</author></authors>\
            <commentList><comment ref="D2" authorId="0"><text><r><t>证据：全年调解纠纷33起</t></r></text></comment></commentList></comments>
            """)
        let vml = try PartOutput.of(part: VMLDrawingPart(comments: [CellComment(row: 1, column: 3, text: "x")], firstBlock: 2).write)
        #expect(!vml.hasPrefix("<?xml"))
        #expect(vml.contains("<x:Row>1</x:Row><x:Column>3</x:Column>") && vml.contains("id=\"_x0000_s2049\""))
        #expect(vml.contains("<o:idmap v:ext=\"edit\" data=\"2\"/>"))
    }

    @Test func manyCommentsReserveEnoughShapeIdBlocks() throws {
        let comments = (0..<2500).map { CellComment(row: $0 + 1, column: 3, text: "证据") }
        let vml = try PartOutput.of(part: VMLDrawingPart(comments: comments, firstBlock: 1).write)
        #expect(vml.contains("<o:idmap v:ext=\"edit\" data=\"1,2,3\"/>"))
        #expect(vml.contains("id=\"_x0000_s1025\"") && vml.contains("id=\"_x0000_s2047\"") && vml.contains("id=\"_x0000_s2049\""))
        #expect(!vml.contains("id=\"_x0000_s2048\"") && !vml.contains("id=\"_x0000_s4096\""))
    }

    @Test func chartElementsComeInSchemaOrder() throws {
        let chart = LineChart(title: "调解纠纷", categories: "D30:F30", values: "D31:F31", row: 1, column: 10)
        let xml = try PartOutput.of(part: ChartPart(chart: chart, sheet: "多年比较").write)
        let top = PartOutput.elementNames(xml).filter { ["c:title", "c:plotArea", "c:lineChart", "c:ser", "c:catAx", "c:valAx", "c:plotVisOnly"].contains($0) }
        #expect(top == ["c:title", "c:plotArea", "c:lineChart", "c:ser", "c:catAx", "c:valAx", "c:plotVisOnly"])
        #expect(xml.contains("<c:f>'多年比较'!$D$30:$F$30</c:f>") && xml.contains("<c:f>'多年比较'!$D$31:$F$31</c:f>"))
    }

    @Test func workbookListsSheetsAndTheirFilterNames() throws {
        let xml = try PartOutput.of(part: WorkbookPart(sheets: [.init(name: "说明", relationship: "rId1", filter: "A1:B3")]).write)
        #expect(PartOutput.elementNames(xml) == ["workbook", "bookViews", "workbookView", "sheets", "sheet", "definedNames", "definedName"])
        #expect(xml.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'说明'!$A$1:$B$3</definedName>"))
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (16383, "XFD")])
    func columnNames(index: Int, name: String) {
        #expect(CellReference.column(index) == name)
    }

    @Test func sheetNamesFollowExcelsRules() throws {
        try SheetName.check("多年比较", against: ["说明"])
        for bad in ["", String(repeating: "长", count: 32), "a/b", "x[1]", "'quoted'", "History", "说明"] {
            #expect(throws: XLSXError.self) { try SheetName.check(bad, against: ["说明"]) }
        }
    }
}
