import Foundation
import Testing
@testable import PipelineCore

@Suite struct CSVTableTests {
    let table = CSVTable(header: ["document", "value"], rows: [
        [.text("a,b"), .number("-3")],
        [.text("=SUM(A1)"), .number("12")],
        [.text("说\"明\"\n第二行"), .empty],
        [.text("@cmd"), .text("-5 件")],
    ])

    @Test func writesByteOrderMarkOnlyWhenAsked() throws {
        let withBOM = try table.encoded(byteOrderMark: true)
        let without = try table.encoded(byteOrderMark: false)
        #expect(Array(withBOM.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(without.prefix(8)) == Array("document".utf8))
        #expect(withBOM.dropFirst(3) == without)
    }

    @Test func quotesAndNeutralisesTextButNotNumbers() throws {
        let text = String(decoding: try table.encoded(byteOrderMark: false), as: UTF8.self)
        #expect(text == """
        document,value
        "a,b",-3
        '=SUM(A1),12
        "说""明""
        第二行",
        '@cmd,'-5 件

        """)
    }

    @Test func neutralisesEveryFormulaLead() {
        for lead in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSVTable.neutralised(lead + "x") == "'" + lead + "x")
        }
        #expect(CSVTable.neutralised("大新镇") == "大新镇")
        #expect(CSVTable.neutralised("") == "")
    }

    @Test func cellInitialisersMapMissingValuesToEmpty() {
        #expect(CSVTable.Cell(Optional<String>.none) == .empty)
        #expect(CSVTable.Cell("") == .empty)
        #expect(CSVTable.Cell(Optional(2023)) == .number("2023"))
        #expect(CSVTable.Cell(Optional<Int>.none) == .empty)
    }
}
