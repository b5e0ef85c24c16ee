import Foundation
import Testing
@testable import Ingest

@Suite struct HTMLPageTests {
    let report = """
        <p>锦丰镇2023年法治政府建设年度报告</p><p>一、主要举措和成效</p>
        <p>全年共调解矛盾纠纷128起，调解成功率98%，开展法治宣传活动36场次，受理行政复议申请2件。</p>
        <p>全年主动公开政府信息215条，办理政府信息公开申请4件，均在法定期限内答复。</p>
        <p>二、存在的不足和原因</p><p>法治宣传的针对性还不够强，基层执法人员的专业素养仍需提高。</p>
        """

    func page(body: String, head: String = "<meta charset=\"utf-8\"><title>报告_张家港市人民政府</title>") -> Data {
        Data("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>".utf8)
    }

    @Test func keepsTheArticleAndDropsThePortalAroundIt() throws {
        let body = """
            <div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
            <div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开</div>
            <h1 class="title">锦丰镇2023年法治政府建设年度报告</h1>
            <div class="info">发布时间：2024-01-25 字号：[大 中 小] 打印本页 关闭窗口</div>
            <div id="zoom">\(report)</div>
            <div class="share">分享到：微信 微博</div>
            <div class="xglj"><h3>相关链接</h3><ul><li><a href="/1">锦丰镇2022年法治政府建设年度报告</a></li></ul></div>
            <div class="footer">主办单位：锦丰镇人民政府 网站标识码：3205820000 苏公网安备32058202010198号</div>
            <script>var 统计 = "首页";</script>
            """
        let read = try HTMLPage.read(page(body: body), decoder: TextDecoder())
        let lines = read.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "锦丰镇2023年法治政府建设年度报告")
        #expect(lines.contains("全年共调解矛盾纠纷128起，调解成功率98%，开展法治宣传活动36场次，受理行政复议申请2件。"))
        for chrome in ["首页", "当前位置", "分享到", "相关链接", "网站标识码", "统计", "打印本页"] {
            #expect(!read.text.contains(chrome), "\(chrome) leaked into the text")
        }
        #expect(read.encoding == "UTF-8")
    }

    @Test func wrappersNamedLikeChromeStillHoldTheArticle() throws {
        // ASP.NET portals wrap the whole page in a form; templates reuse "nav" in layout names.
        let body = """
            <form id="form1"><div class="main-nav-layout"><ul class="nav"><li><a href="/">首页</a></li></ul>
            <div class="bottom-content">\(report)</div></div>
            <div class="bottom">主办单位：锦丰镇人民政府</div></form>
            """
        let read = try HTMLPage.read(page(body: body), decoder: TextDecoder())
        #expect(read.text.contains("全年共调解矛盾纠纷128起"))
        #expect(!read.text.contains("首页") && !read.text.contains("主办单位"))
    }

    @Test func aReportSavedFromWordInTwoSectionsIsReadWhole() throws {
        let first = report
        let second = "<p>三、下一年度工作安排</p><p>" + String(repeating: "继续推进依法行政，加强法治宣传教育，提升基层治理法治化水平。", count: 3) + "</p>"
        let body = "<div class=\"WordSection1\">\(first)</div><br clear=all><div class=\"WordSection2\">\(second)</div>"
        let read = try HTMLPage.read(page(body: body), decoder: TextDecoder())
        #expect(read.text.contains("全年共调解矛盾纠纷128起") && read.text.contains("三、下一年度工作安排"))
    }

    @Test func chromeWordsInsideTheArticleDoNotDropItsSignature() throws {
        let body = """
            <div id="zoom"><header><h1>锦丰镇2023年法治政府建设年度报告</h1></header>\(report)
            <div class="article-bottom"><p>锦丰镇人民政府</p><p>2024年1月20日</p></div>
            <div class="related"><a href="/1">锦丰镇2022年法治政府建设年度报告</a><a href="/2">锦丰镇2021年法治政府建设年度报告</a></div></div>
            """
        let read = try HTMLPage.read(page(body: body), decoder: TextDecoder())
        #expect(read.text.contains("锦丰镇人民政府\n2024年1月20日"))
        #expect(read.text.hasPrefix("锦丰镇2023年法治政府建设年度报告\n"))
        #expect(!read.text.contains("2022年法治政府建设年度报告"))
    }

    @Test func titleAboveTheArticleIsPrependedOnce() throws {
        let body = "<h1>木渎镇2023年度法治政府建设工作报告</h1><div class=\"content\">\(report)</div>"
        let read = try HTMLPage.read(page(body: body), decoder: TextDecoder())
        #expect(read.text.hasPrefix("木渎镇2023年度法治政府建设工作报告\n锦丰镇2023年"))
    }

    @Test func inlineMarkupDoesNotSplitOrSpaceASentence() throws {
        let body = "<div id=\"zoom\">\(report)<p>&nbsp;&nbsp;全年办理<span>行政</span><strong>应诉案件</strong>3件。</p></div>"
        let read = try HTMLPage.read(page(body: body), decoder: TextDecoder())
        #expect(read.text.contains("\n全年办理行政应诉案件3件。\n"))
    }

    @Test func brokenMarkupIsRecovered() throws {
        let body = "<div id=\"zoom\"><p>锦丰镇2023年法治政府建设年度报告<p>全年共调解矛盾纠纷128起，调解成功率98%，开展法治宣传活动36场次。<p>"
            + String(repeating: "全年主动公开政府信息215条，办理政府信息公开申请4件。", count: 4)
        let read = try HTMLPage.read(page(body: body), decoder: TextDecoder())
        #expect(read.text.contains("全年共调解矛盾纠纷128起"))
    }

    @Test func readsThePortalMetadataTable() throws {
        let body = """
            <table class="xxgk"><tr><td>索引号：</td><td>014164210/2024-00031</td><td>主题分类：</td><td>综合政务</td></tr>
            <tr><td>发布机构：</td><td>张家港市锦丰镇人民政府</td><td>发文字号：</td><td>锦政发〔2024〕3号</td></tr>
            <tr><td>成文日期：</td><td>2024年1月20日</td><td>发布日期：</td><td>2024-01-25</td></tr></table>
            <div id="zoom">\(report)</div>
            """
        let read = try HTMLPage.read(page(body: body), decoder: TextDecoder())
        #expect(read.embedded.township == "锦丰镇")
        #expect(read.embedded.county == "张家港市")
        #expect(read.embedded.docNumber == "锦政发〔2024〕3号")
        #expect(read.embedded.issued == "2024-01-20")
        #expect(read.published == "2024-01-25")
        #expect(!read.text.contains("索引号"))
    }

    @Test func metadataWithLabelsAndValuesInOneLine() {
        let pieces = ["发 布 机 构：禄口街道办事处", "文号：无", "发布时间：2024/2/3 10:15", "来源：本站"]
        let metadata = PortalMetadata(pieces: pieces)
        #expect(metadata.publisher == "禄口街道办事处")
        #expect(metadata.documentNumber == nil)
        #expect(metadata.written == nil)
        #expect(metadata.published == "2024-02-03")
    }

    @Test func severalLabelsInOnePieceAreEachRead() {
        let metadata = PortalMetadata(pieces: [
            "来源：锦丰镇 发布时间：2024-01-25 浏览次数：35",
            "发布机构：张家港市锦丰镇人民政府 发文字号：锦政发〔2024〕3号",
        ])
        #expect(metadata.published == "2024-01-25")
        #expect(metadata.publisher == "张家港市锦丰镇人民政府")
        #expect(metadata.documentNumber == "锦政发〔2024〕3号")
    }

    @Test func theSurerPublisherLabelWins() {
        let metadata = PortalMetadata(pieces: ["信息来源：张家港市司法局", "发布机构：", "张家港市锦丰镇人民政府"])
        #expect(metadata.publisher == "张家港市锦丰镇人民政府")
    }

    @Test func charsetDeclaredInTheHeadIsUsed() throws {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>报告</title>"
        let html = "<!DOCTYPE html><html><head>\(head)</head><body><div id=\"zoom\">\(report)</div></body></html>"
        let gbk = try IconvConverter(from: "UTF-8", to: "GBK").convertBytes(Data(html.utf8))
        let read = try HTMLPage.read(gbk, decoder: TextDecoder())
        #expect(read.encoding == "GB18030")
        #expect(read.text.contains("全年共调解矛盾纠纷128起"))
    }

    @Test func aPageMislabelledAsGBKButSavedAsUTF8IsStillRead() throws {
        let head = "<meta charset=\"gbk\"><title>报告</title>"
        let read = try HTMLPage.read(page(body: "<div id=\"zoom\">\(report)</div>", head: head), decoder: TextDecoder())
        #expect(read.encoding == "UTF-8")
        #expect(read.text.contains("全年共调解矛盾纠纷128起"))
    }

    @Test func aListPageIsNotAReport() throws {
        let data = try FormatFixtures.data("hostile/list-page.html")
        let error = ingestError { try HTMLPage.read(data, decoder: TextDecoder()) }
        guard case .noReportInPage = error else { Issue.record("expected no report, got \(String(describing: error))"); return }
    }

    @Test func anErrorPageIsNotAReport() throws {
        let body = "<div class=\"error\"><h1>404</h1><p>您访问的页面不存在或已被删除，请返回首页。</p></div>"
        let error = ingestError { try HTMLPage.read(page(body: body), decoder: TextDecoder()) }
        guard case .noReportInPage = error else { Issue.record("expected no report, got \(String(describing: error))"); return }
    }

    @Test(arguments: ["000_051a4340593b0f50", "003_e6bb42983a914dd9"])
    func savedSampleReportHoldsEveryLineOfTheReport(name: String) throws {
        let read = try HTMLPage.read(FormatFixtures.data("html/\(name).html"), decoder: TextDecoder())
        let text = FormatFixtures.squeezed(read.text)
        for line in try FormatFixtures.sampleLines(name) where !line.hasPrefix("#") {
            #expect(text.contains(FormatFixtures.squeezed(line)), "missing: \(line)")
        }
        #expect(!read.text.contains("网站标识码") && !read.text.contains("分享到"))
    }
}

@Suite struct PortalNamesAndDatesTests {
    @Test(arguments: [
        ("张家港市锦丰镇人民政府", "锦丰镇", "张家港市"),
        ("南京市江宁区禄口街道办事处", "禄口街道", "江宁区"),
        ("新市镇人民政府", "新市镇", nil),
        ("大新镇党政办公室", "大新镇", nil),
        ("某某旗巴彦苏木", "巴彦苏木", "某某旗"),
        ("德清县新市镇人民政府", "新市镇", "德清县"),
        ("中山市东区街道办事处", "东区街道", "中山市"),
        ("邳州市官湖镇人民政府", "官湖镇", "邳州市"),
        ("北京市通州区永顺镇人民政府", "永顺镇", "通州区"),
        ("河北省定州市东亭镇人民政府", "东亭镇", "定州市"),
        ("湘西土家族苗族自治州吉首市乾州街道办事处", "乾州街道", "吉首市"),
    ] as [(String, String?, String?)])
    func publisherNamesATownshipAndItsCounty(publisher: String, township: String?, county: String?) {
        let name = PublisherName(publisher)
        #expect(name.township == township)
        #expect(name.county == county)
    }

    @Test func anOfficeThatIsNotATownshipNamesOnlyTheCounty() {
        #expect(PublisherName("张家港市城乡建设局").township == nil)
        #expect(PublisherName("启东市").township == nil)
        #expect(PublisherName("启东市").county == "启东市")
    }

    @Test(arguments: [
        ("2024-01-20", "2024-01-20"), ("2024年1月20日", "2024-01-20"), ("2024/1/2 09:30", "2024-01-02"),
        ("2024.12.31", "2024-12-31"), ("2024 年 3 月 5 日", "2024-03-05"), ("2024-13-01", nil), ("无", nil),
    ] as [(String, String?)])
    func portalDates(text: String, iso: String?) {
        #expect(PortalDate.iso(in: text) == iso)
    }
}
