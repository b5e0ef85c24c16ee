import Normalize
import PipelineCore
import Testing
@testable import Export

@Suite struct TablesTests {
    func document(_ id: String, text: String?, failure: String? = nil, metadata: DocumentMetadata = DocumentMetadata()) -> NormalizedDocument {
        NormalizedDocument(
            source: IngestedDocument(document: id, sourcePath: id + ".txt", sha256: "ab", format: "txt",
                                     encoding: text == nil ? nil : "GB18030", text: text, declared: DocumentMetadata(), failure: failure),
            script: text == nil ? nil : .simplified, text: text ?? "", offsets: OffsetMap(origins: []), sections: [],
            metadata: metadata, declaredFields: [])
    }

    @Test func documentsRowsCarryMetadataAndStatus() {
        let table = DocumentsTable.make([
            document("a", text: "报告正文", metadata: DocumentMetadata(township: "大新镇", county: "张家港市", reportYear: 2020, issued: "2021-01-02")),
            document("b", text: "正文"),
            document("c", text: nil, failure: "empty file"),
        ], problems: [Problem(document: "b", severity: .warning, stage: .normalize, message: "no township")])
        #expect(table.header == DocumentsTable.header)
        #expect(table.rows[0] == [.text("a"), .text("a.txt"), .text("ab"), .text("txt"), .text("GB18030"), .text("simplified"),
                                  .text("大新镇"), .text("张家港市"), .empty, .number("2020"), .text("2021-01-02"), .empty,
                                  .number("4"), .text("ok")])
        #expect(table.rows.map { $0.last } == [.text("ok"), .text("incomplete"), .text("failed")])
        #expect(table.rows[2][4] == .empty && table.rows[2][12] == .empty)
    }

    @Test func problemsAreOrderedByStageThenDocument() {
        let table = ProblemsTable.make([
            Problem(document: "z", severity: .warning, stage: .normalize, message: "no year"),
            Problem(document: "b", severity: .error, stage: .ingest, message: "empty file"),
            Problem(document: "a", severity: .error, stage: .ingest, message: "binary content"),
        ])
        #expect(table.rows.map { $0[0] } == [.text("a"), .text("b"), .text("z")])
        #expect(table.rows[2] == [.text("z"), .text("warning"), .text("normalize"), .text("no year")])
    }
}
