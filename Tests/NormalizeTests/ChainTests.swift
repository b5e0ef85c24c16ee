import PipelineCore
import Testing
@testable import Normalize

@Suite struct ChainTests {
    func normalized(_ text: String) throws -> NormalizedDocument {
        try NormalizeChain().document(from: IngestedDocument(
            document: "t", sourcePath: "t.txt", sha256: "", format: "txt", encoding: "UTF-8", text: text,
            declared: DocumentMetadata(), failure: nil))
    }

    @Test func traditionalTextIsConvertedAndDetected() throws {
        let document = try normalized("張家港市錦豐鎮人民政府:\n2021年,錦豐鎮全年共調解矛盾糾紛2802起。\n")
        #expect(document.script == .traditional)
        #expect(document.text == "张家港市锦丰镇人民政府:\n2021年,锦丰镇全年共调解矛盾纠纷2802起。")
        #expect(document.metadata.township == "锦丰镇")
        #expect(document.metadata.county == "张家港市")
    }

    @Test func simplifiedTextIsLeftInItsScript() throws {
        #expect(try normalized("全年调解纠纷33起。").script == .simplified)
    }

    @Test func offsetsLeadBackToTheOriginalWording() throws {
        let original = "大新镇２０２０年报告\n\n一、成效\n全年通过门户网站主动公开政府信息 141 条，依法答复群众提出的信息公开申请\n\n3 件。\n"
        let document = try normalized(original)
        let text = Array(document.text.unicodeScalars)
        let phrase = Array("申请3件".unicodeScalars)
        let start = (0...(text.count - phrase.count)).first { Array(text[$0..<($0 + phrase.count)]) == phrase }!
        let span = document.offsets.original(start..<(start + phrase.count))
        let quoted = String(String.UnicodeScalarView(Array(original.unicodeScalars)[span]))
        #expect(quoted == "申请\n\n3 件")
        let widthStart = document.offsets.original(3)
        #expect(Array(original.unicodeScalars)[widthStart] == "２")
    }

    @Test func offsetMapRunsAreCompact() {
        let map = OffsetMap(origins: [0, 1, 2, 5, 6, 9])
        #expect(map.runs == [[0, 0, 3], [3, 5, 2], [5, 9, 1]])
        #expect((0..<6).map(map.original) == [0, 1, 2, 5, 6, 9])
        #expect(map.original(1..<4) == 1..<6)
    }

    @Test func aFailedDocumentPassesThroughWithoutText() throws {
        let document = try NormalizeChain().document(from: IngestedDocument(
            document: "bad", sourcePath: "bad.txt", sha256: "x", format: "txt", encoding: nil, text: nil,
            declared: DocumentMetadata(township: "某镇"), failure: "empty file"))
        #expect(document.text.isEmpty && document.script == nil && document.sections.isEmpty)
        #expect(document.metadata.township == "某镇")
    }

    @Test func declaredMetadataWinsOverInferred() throws {
        let document = try NormalizeChain().document(from: IngestedDocument(
            document: "t", sourcePath: "t.txt", sha256: "", format: "txt", encoding: "UTF-8",
            text: "青石镇2022年度法治政府建设报告\n", declared: DocumentMetadata(reportYear: 2021), failure: nil))
        #expect(document.metadata.township == "青石镇")
        #expect(document.metadata.reportYear == 2021)
        #expect(document.declaredFields == ["report_year"])
    }
}
