import Foundation
import Testing
@testable import Ingest

@Suite struct PageFurnitureTests {
    let body = "全年共调解矛盾纠纷128起，调解成功率98%，开展法治宣传活动36场次，受理行政复议申"

    @Test func pageNumbersAndRunningHeadersGo() {
        let pages = [
            ["锦丰镇人民政府", "锦丰镇2023年法治政府建设年度报告", body, "— 1 —"],
            ["锦丰镇人民政府", "请2件。", "第 2 页 共 3 页"],
            ["锦丰镇人民政府", "全年主动公开政府信息215条。", "3/3"],
        ]
        let stripped = PageFurniture.strip(pages)
        #expect(stripped == [["锦丰镇人民政府", "锦丰镇2023年法治政府建设年度报告", body], ["请2件。"], ["全年主动公开政府信息215条。"]])
    }

    @Test func aSignatureThatRepeatsTheHeaderStays() {
        let pages = [["锦丰镇人民政府", body, "- 1 -"], ["锦丰镇人民政府", body, "- 2 -"],
                     ["锦丰镇人民政府", "锦丰镇人民政府", "2024年1月20日", "- 3 -"]]
        #expect(PageFurniture.strip(pages).last == ["锦丰镇人民政府", "2024年1月20日"])
    }

    @Test func aSinglePageHasNoRunningHeader() {
        #expect(PageFurniture.strip([["锦丰镇人民政府", body]]) == [["锦丰镇人民政府", body]])
    }

    @Test func aSentenceCutByThePageEndIsJoined() {
        let text = PageFurniture.join([[body, body], ["请2件。", "锦丰镇人民政府"], ["2024年1月20日"]])
        #expect(text == "\(body)\n\(body)请2件。\n锦丰镇人民政府\n2024年1月20日\n")
    }

    @Test(arguments: ["— 3 —", "- 12 -", "第3页", "第 3 页 共 12 页", "3 / 12", "Page 3 of 12"])
    func pageNumberShapes(line: String) {
        #expect(PageFurniture.isPageNumber(line))
    }

    /// Body lines that differ from page to page, as real ones do.
    func line(_ number: Int) -> String {
        let sentences = ["全年共调解矛盾纠纷128起，调解成功率98%。", "开展法治宣传活动36场次，发放资料五千余份。",
                         "受理行政复议申请2件，均依法办结。", "主动公开政府信息215条。", "办理政府信息公开申请4件。",
                         "审查规范性文件7件，合法性审查全覆盖。"]
        return sentences[number % sentences.count] + String(repeating: "依法行政", count: number / sentences.count)
    }

    @Test func bareNumbersGoOnlyWhenTheyCountThePages() {
        let counted = [[line(1), line(11), "1"], [line(2), line(12), "2"], [line(3), line(13), "3"]]
        #expect(PageFurniture.strip(counted) == [[line(1), line(11)], [line(2), line(12)], [line(3), line(13)]])
        // Table cells pdftotext put on lines of their own at a page's foot stay.
        let table = [[line(1), "调解纠纷", "128"], [line(2), line(12), "2023"], [line(3), "行政复议", "12"]]
        #expect(PageFurniture.strip(table) == table)
    }

    @Test func theFirstPageKeepsATitleTheLaterHeadersRepeat() {
        let title = "锦丰镇2023年法治政府建设年度报告"
        let pages = [[title, line(1), line(11), "— 1 —"], [title, line(2), line(12), "— 2 —"], [title, line(3), line(13), "— 3 —"]]
        #expect(PageFurniture.strip(pages) == [[title, line(1), line(11)], [line(2), line(12)], [line(3), line(13)]])
    }

    @Test(arguments: ["2023年", "调解矛盾纠纷128起", "第3条", "一、主要举措"])
    func bodyLinesAreNotPageNumbers(line: String) {
        #expect(!PageFurniture.isPageNumber(line))
    }
}

/// Needs poppler's pdftotext (`make test` installs poppler-utils).
@Suite struct PDFTextTests {
    @Test(arguments: ["000_051a4340593b0f50", "003_e6bb42983a914dd9"])
    func savedSampleReportReadsLikeTheText(name: String) throws {
        let read = try PDFText.read(file: FormatFixtures.url("pdf/\(name).pdf"))
        let original = try String(contentsOf: FormatFixtures.samples.appendingPathComponent(name + ".txt"), encoding: .utf8)
        // All of the report, after at most the first page's running header.
        let text = FormatFixtures.squeezed(read.text)
        #expect(text.hasSuffix(FormatFixtures.squeezed(original)))
        #expect(text.count - FormatFixtures.squeezed(original).count <= 30)
    }

    @Test func aScanWithoutTextLayerSaysSo() {
        #expect(ingestError { try PDFText.read(file: FormatFixtures.url("hostile/scanned.pdf")) } == .noTextLayer)
    }

    @Test func aMissingToolIsNamedWithItsPackage() {
        let tool = ExternalTool(command: "fazhi-no-such-tool", package: "fazhi-no-such-package")
        #expect(tool.path == nil)
        #expect(ingestError { try tool.run([]) } == .toolMissing(command: "fazhi-no-such-tool", package: "fazhi-no-such-package"))
    }
}
