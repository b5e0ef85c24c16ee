import Foundation
import Testing
import ZIPFoundation
@testable import Ingest

@Suite struct WordDocumentTests {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A .docx in memory holding `parts` (path → contents), deflated.
    func package(_ parts: [String: Data]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, contents) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(contents.count), compressionMethod: .deflate) {
                position, size in contents.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    func document(_ body: String) -> Data {
        Data("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(Self.namespace)\"><w:body>\(body)</w:body></w:document>".utf8)
    }

    func paragraph(_ runs: String...) -> String {
        "<w:p>" + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
    }

    func cell(_ text: String...) -> String { "<w:tc>" + text.map { paragraph($0) }.joined() + "</w:tc>" }

    @Test func paragraphsBecomeLinesAndRunsJoin() throws {
        let data = try package(["word/document.xml": document(
            paragraph("锦丰镇", "2023", "年法治政府建设年度报告") + paragraph("全年调解矛盾纠纷", "128", "起。") + "<w:p/>"
                + paragraph("开展法治宣传活动36场次。"))])
        #expect(try WordDocument.read(data).text == "锦丰镇2023年法治政府建设年度报告\n全年调解矛盾纠纷128起。\n\n开展法治宣传活动36场次。\n")
    }

    @Test func tabStopDefinitionsAreNotText() throws {
        let body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"
            + "<w:r><w:t>锦丰镇人民政府</w:t></w:r><w:r><w:tab/><w:t>2024年1月20日</w:t></w:r></w:p>"
        let data = try package(["word/document.xml": document(body)])
        #expect(try WordDocument.read(data).text == "锦丰镇人民政府\t2024年1月20日\n")
    }

    @Test func wordsAutomaticHeadingNumbersAreDrawn() throws {
        let numbering = """
            <w:numbering xmlns:w="\(Self.namespace)"><w:abstractNum w:abstractNumId="7">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>\
            </w:abstractNum><w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>\
            </w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>\
            </w:numbering>
            """
        func numbered(_ text: String, id: Int, level: Int) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(id)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = numbered("主要举措和成效", id: 3, level: 0) + numbered("强化依法决策", id: 3, level: 1)
            + numbered("完善制度", id: 3, level: 2) + numbered("规范执法", id: 3, level: 1) + numbered("存在的不足和原因", id: 3, level: 0)
            + numbered("一条要点", id: 4, level: 0) + numbered("下一年度工作安排", id: 3, level: 0)
        let data = try package(["word/document.xml": document(body), "word/numbering.xml": Data(numbering.utf8)])
        #expect(try WordDocument.read(data).text == """
            一、主要举措和成效
            （一）强化依法决策
            1.完善制度
            （二）规范执法
            二、存在的不足和原因
            一条要点
            三、下一年度工作安排

            """)
    }

    @Test func headingStylesLinkedToAListAreNumberedToo() throws {
        let numbering = """
            <w:numbering xmlns:w="\(Self.namespace)"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
            <w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>\
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>
            """
        let styles = """
            <w:styles xmlns:w="\(Self.namespace)"><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr>\
            <w:numId w:val="2"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Normal"/></w:styles>
            """
        func styled(_ text: String, _ style: String) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = styled("主要举措和成效", "Heading1") + styled("全年调解纠纷33起。", "Normal") + styled("存在的不足和原因", "Heading1")
        let data = try package(["word/document.xml": document(body), "word/numbering.xml": Data(numbering.utf8),
                                "word/styles.xml": Data(styles.utf8)])
        #expect(try WordDocument.read(data).text == "一、主要举措和成效\n全年调解纠纷33起。\n二、存在的不足和原因\n")
    }

    @Test(arguments: [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五"), (105, "一百零五"), (110, "一百一十")])
    func chineseCounters(value: Int, text: String) {
        #expect(ChineseNumeral.text(value) == text)
    }

    @Test func tableRowsAreLinesWithTabSeparatedCells() throws {
        let table = "<w:tbl><w:tr>" + cell("项目") + cell("数量") + "</w:tr><w:tr>" + cell("调解矛盾纠纷") + cell("128", "起")
            + "</w:tr><w:tr>" + cell("行政复议") + cell("2件") + "</w:tr></w:tbl>"
        let data = try package(["word/document.xml": document(paragraph("主要数据如下：") + table + paragraph("以上。"))])
        #expect(try WordDocument.read(data).text == "主要数据如下：\n项目\t数量\n调解矛盾纠纷\t128 起\n行政复议\t2件\n以上。\n")
    }

    @Test func headersFootnotesDeletionsAndFieldCodesAreLeftOut() throws {
        let body = "<w:p><w:r><w:t>办理行政应诉案件</w:t></w:r><w:del><w:r><w:delText>5</w:delText></w:r></w:del>"
            + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>3件。</w:t></w:r></w:p>"
        let data = try package([
            "word/document.xml": document(body),
            "word/header1.xml": Data("<w:hdr xmlns:w=\"\(Self.namespace)\"><w:p><w:r><w:t>锦丰镇人民政府</w:t></w:r></w:p></w:hdr>".utf8),
            "word/footnotes.xml": Data("<w:footnotes xmlns:w=\"\(Self.namespace)\"/>".utf8),
        ])
        #expect(try WordDocument.read(data).text == "办理行政应诉案件3件。\n")
    }

    @Test func aZipBombIsRefusedBeforeItFillsMemory() throws {
        let error = ingestError { try WordDocument.read(FormatFixtures.data("hostile/zip-bomb.docx")) }
        guard case let .hostilePackage(reason) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.contains("zip bomb"))
    }

    @Test func anExternalEntityIsRefused() throws {
        let error = ingestError { try WordDocument.read(FormatFixtures.data("hostile/external-entity.docx")) }
        guard case let .hostilePackage(reason) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.contains("DTD"))
    }

    @Test func aPackageWithoutTheDocumentPartIsDamaged() throws {
        let data = try package(["[Content_Types].xml": Data("<Types/>".utf8)])
        let error = ingestError { try WordDocument.read(data) }
        guard case let .damagedPackage(reason) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(reason.contains("word/document.xml"))
    }

    @Test func notAZipAtAllIsDamaged() {
        let error = ingestError { try WordDocument.read(Data("锦丰镇2023年法治政府建设年度报告".utf8)) }
        #expect(error == .damagedPackage(reason: "not a zip archive"))
    }

    @Test func brokenXMLIsDamagedNotCrashed() throws {
        let data = try package(["word/document.xml": Data("<w:document xmlns:w=\"\(Self.namespace)\"><w:body><w:p><w:t>断".utf8)])
        let error = ingestError { try WordDocument.read(data) }
        guard case .damagedPackage = error else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test(arguments: ["000_051a4340593b0f50", "002_f08e38cf1a7128b4"])
    func savedSampleReportHasEveryLine(name: String) throws {
        let read = try WordDocument.read(FormatFixtures.data("docx/\(name).docx"))
        let lines = read.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines == (try FormatFixtures.sampleLines(name)))
    }
}
