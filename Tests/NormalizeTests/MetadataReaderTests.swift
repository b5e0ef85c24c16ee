import PipelineCore
import Testing
@testable import Normalize

@Suite struct MetadataReaderTests {
    /// Through the whole chain, as the stage does it.
    func metadata(_ report: String) throws -> DocumentMetadata {
        try NormalizeChain().document(from: IngestedDocument(
            document: "t", sourcePath: "t.txt", sha256: "", format: "txt", encoding: "UTF-8", text: report,
            declared: DocumentMetadata(), failure: nil)).metadata
    }

    let body = "\n一、主要举措和成效\n(一)强化组织领导\n镇党委高度重视。\n(二)化解矛盾纠纷\n全镇共调解纠纷20起。\n(三)深化普法宣传\n开展普法活动。\n"
        + "二、存在问题\n力量不足。\n三、下一年度工作安排\n加强培训。\n"

    @Test func townWithCountyInTheSignatureAndNumberedHeader() throws {
        let found = try metadata("清河县白马湖镇人民政府文件\n白政发〔2024〕3号\n白马湖镇2023年度法治政府建设工作报告\n清河县人民政府:" + body + "清河县白马湖镇人民政府\n2024年2月6日\n")
        #expect(found == DocumentMetadata(township: "白马湖镇", county: "清河县", reportYear: 2023, issued: "2024-02-06", docNumber: "白政发〔2024〕3号"))
    }

    @Test func streetOfficeWithChineseNumeralYearAndDate() throws {
        let found = try metadata("东湖街道办事处关于二〇二二年法治政府建设情况的报告\n" + body + "东湖街道办事处\n二〇二三年一月十七日\n")
        #expect(found.township == "东湖街道")
        #expect(found.reportYear == 2022)
        #expect(found.issued == "2023-01-17")
        #expect(found.county == nil)
    }

    @Test func townshipCalledXiangWithSpacedYearAndDistrictPrefix() throws {
        let found = try metadata("某某市南山区石门乡2021 年法治政府建设年度报告\n区委、区政府:" + body + "石门乡人民政府\n")
        #expect(found.township == "石门乡")
        #expect(found.county == "南山区")
        #expect(found.reportYear == 2021)
    }

    @Test func yearFromTheOpeningWhenThereIsNoTitle() throws {
        let found = try metadata("县人民政府:\n2022年,青石镇坚持依法行政,扎实推进各项工作。现将我镇2022年度法治政府建设情况报告如下:" + body + "青石镇人民政府\n2023年1月9日\n")
        #expect(found.township == "青石镇")
        #expect(found.reportYear == 2022)
    }

    @Test func aCitedPlansYearIsNotTheReportYear() throws {
        let found = try metadata("桥头镇法治政府建设工作报告\n今年以来,按照《2019年全县法治政府建设工作要点》要求,桥头镇扎实推进。" + body + "桥头镇人民政府\n2021年1月20日\n")
        #expect(found.reportYear == 2020)  // signed in January: the year before
    }

    @Test func genericWordsAreNotTownships() throws {
        let found = try metadata("关于2023年度法治政府建设情况的报告\n全镇上下、各乡镇、城乡之间、我镇与全县各镇同步推进。" + body)
        #expect(found.township == nil)
    }

    @Test func aCountyCitedAtTheStartOfAPlanTitle() throws {
        let found = try metadata("合兴镇\n2023年度法治政府建设情况报告\n2023年以来,我镇落实《临江市2023年法治政府建设工作计划》。" + body)
        #expect(found.county == "临江市")
    }

    @Test func provinceOnlyWhenWritten() throws {
        #expect(try metadata("某某省法规\n合兴镇2023年度法治政府建设情况报告" + body).province == nil)
        #expect(try metadata("合兴镇2023年度法治政府建设情况报告\n依照《浙江省实施办法》" + body).province == "浙江省")
    }

    @Test func townsWhoseNamesEndLikeTheWords城镇And集镇() throws {
        let found = try metadata("北城镇人民政府\n2024年法治政府建设情况\n推进新型城镇化,集镇环境整治,北城镇坚持依法行政。" + body)
        #expect(found.township == "北城镇")
        #expect(try metadata("周集镇2022年度法治政府建设工作报告\n加强集镇管理。" + body).township == "周集镇")
        // The words alone, outside the title and not before 人民政府, name nothing.
        #expect(try metadata("关于2023年度法治政府建设情况的报告\n推进城镇化,加强集镇建设,城镇居民满意。" + body).township == nil)
    }

    @Test func aBareSuffixAfterAVerbIsAnAbbreviationNotAName() throws {
        let report = "关于2024年度法治政府建设情况的报告\n将法治建设纳入镇党委重要议程,成立以镇长为组长的领导小组,由乡人民政府统一部署,"
            + "纳入镇党委会议题,推进依法治镇,依法治镇成效明显,依法治镇工作扎实。" + body + "红枫镇人民政府\n"
        #expect(try metadata(report).township == "红枫镇")
        #expect(try metadata("关于2024年度法治政府建设情况的报告\n组织镇村干部学法,组织镇村干部培训。" + body).township == nil)
    }

    @Test func aNameStatedOnceOutsideTitleOpeningAndSignatureIsNotEnough() throws {
        let report = "关于2024年度法治政府建设情况的报告\n2024年,我镇扎实推进依法行政。清理结果通过镇政府网站公开。" + body
        #expect(try metadata(report).township == nil)
        #expect(try metadata(report + "西岭镇人民政府\n").township == "西岭镇")
        // Once, but before 人民政府: a name, even in a text scraped onto one line.
        #expect(try metadata("关于2023年度法治政府建设情况的报告 2023年,我镇推进城镇化。一、主要举措。受理纠纷40起。红岩镇人民政府 2024年1月5日").township == "红岩镇")
    }

    @Test func theOpeningSentencesSubjectAndNamesEndingIn和() throws {
        #expect(try metadata("2024年,福山街道坚持依法行政,成效明显。" + body).township == "福山街道")
        #expect(try metadata("2024年,仁和镇在县委领导下推进法治建设。" + body).township == "仁和镇")
        #expect(try metadata("现将宝城镇2025年度法治政府建设情况报告如下。\n推进城镇化建设。" + body).township == "宝城镇")
        #expect(try metadata("2025年,宝城镇坚持问题导向,推进城镇化,宝城镇法治建设有效推进。" + body).township == "宝城镇")
        #expect(try metadata("2024年,我镇有效推动岩山镇法治政府建设,制定《岩山镇法治建设规划》。" + body).township == "岩山镇")
        #expect(try metadata("关于2023年度法治政府建设情况的报告\n2023年,我街道定期召开街道党工委会议。" + body).township == nil)
    }

    @Test func theOpeningSubjectOutweighsVerbPhrasesBeforeABareSuffix() throws {
        let report = "2025年,罗溪镇坚持依法行政。\n主要负责人担任镇法治建设领导小组组长,分管领导担任镇普法小组组长,"
            + "统筹推进街道、社区工作,统筹推进街道党工委建设,法治思维贯穿于街道工作,贯穿于街道治理。" + body
        #expect(try metadata(report).township == "罗溪镇")
    }

    @Test func institutionsJoinedBy和AreNoNameThough和EndsSome() throws {
        let opening = "关于2023年度法治政府建设情况的报告\n2023年,在县委、县政府和镇党委的坚强领导下,我镇扎实推进依法行政。"
        let closing = "三、2024年工作打算\n在县委和镇党委领导下,在县政府和镇政府支持下,继续推进。\n石龙镇人民政府\n2024年1月8日\n"
        #expect(try metadata(opening + body + closing).township == "石龙镇")
        let party = "关于2023年度法治政府建设情况的报告\n中共镇党委高度重视,中共镇党委专题研究,中共镇党委带头学法。"
        #expect(try metadata(party + body + "马场镇人民政府\n").township == "马场镇")
    }

    @Test func theSignatureIsTheShortLinesAfterThePlans() throws {
        let report = "关于2023年度法治政府建设情况的报告\n2023年,我街道扎实推进依法行政。" + body
            + "打造特色商业街,推进特色商业街、步行街依法管理。\n东湖街道办事处\n2024年1月8日\n"
        #expect(try metadata(report).township == "东湖街道")
        #expect(try metadata("北城街街道办事处2025年法治政府建设年度报告\n2025年,北城街街道办事处坚持依法行政。" + body).township == "北城街街道")
    }

    @Test func aCountyLevelCitysOwnCommitteeIsNoDistrict() throws {
        #expect(try metadata("白石镇2025年法治政府建设情况\n落实《临江市全面依法治市委员会2025年工作要点》。" + body).county == "临江市")
    }

    @Test func countiesWithLongNamesAndNoneAfterAPreposition() throws {
        #expect(try metadata("2023年,白石镇在县全面依法治县办的指导下推进依法行政。" + body).county == nil)
        #expect(try metadata("石柱土家族自治县王家乡人民政府关于2023年法治政府建设情况的报告\n" + body).county == "石柱土家族自治县")
        #expect(try metadata("关于石柱土家族自治县王家乡2023年法治政府建设情况的报告\n" + body).county == "石柱土家族自治县")
        #expect(try metadata("中共峨边彝族自治县王家乡委员会 峨边彝族自治县王家乡人民政府关于2023年法治政府建设情况的报告\n" + body)
            .county == "峨边彝族自治县")
        #expect(try metadata("和县王家乡人民政府关于2023年法治政府建设情况的报告\n" + body).county == "和县")
    }

    @Test func wordsMadeWithTheSuffixAreNoNames() throws {
        #expect(try metadata("关于2022年度法治政府建设情况的报告\n结合镇情实际,推进依法行政。\n(一)加大镇级简政放权力度\n" + body).township == nil)
    }

    @Test func ethnicTownshipsWithLongNames() throws {
        let found = try metadata("2024年,青木山苗族乡坚持依法行政。" + body + "白河县青木山苗族乡人民政府\n")
        #expect(found.township == "青木山苗族乡")
        #expect(found.county == "白河县")
    }

    @Test func sumuNamesAreLongToo() throws {
        let found = try metadata("白音塔拉旗巴彦乌日图苏木2023年法治政府建设工作报告\n" + body + "巴彦乌日图苏木人民政府\n")
        #expect(found.township == "巴彦乌日图苏木")
        #expect(found.county == "白音塔拉旗")
    }

    @Test func theLocationSentenceNamesTheCountyWhenNothingElseDoes() throws {
        let located = "石岭镇2023年法治政府建设工作报告\n一、基本情况\n石岭镇位于某某市青川县东南部，辖12个村。\n" + body
        #expect(try metadata(located).county == "青川县")
        // An area, or a city that may be the prefecture, is no county.
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县东南部", with: "东部山区")).county == nil)
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县东南部", with: "某某市东南部")).county == nil)
        // After a league or an autonomous prefecture; a verb later in the sentence.
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "锡林郭勒盟阿巴嘎旗")).county == "阿巴嘎旗")
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "黔南州长顺县")).county == "长顺县")
        #expect(try metadata(located.replacingOccurrences(of: "位于某某市青川县东南部", with: "位于清水河北岸，隶属于青川县")).county == "青川县")
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "恩施土家族苗族自治州来凤县")).county == "来凤县")
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "兴安盟科尔沁右翼前旗")).county == "科尔沁右翼前旗")
        // A prefecture city whose own name holds 州, a one-character county, a district named with 州.
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "赣州市兴国县")).county == "兴国县")
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "株洲市攸县")).county == "攸县")
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "北京市通州区")).county == "通州区")
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县东南部", with: "距青川县城30公里处")).county == nil)
        // Past the province; a 地区 prefecture; a district named 市中区; a county starting with 临.
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "内蒙古自治区锡林郭勒盟正蓝旗")).county == "正蓝旗")
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "喀什地区疏附县")).county == "疏附县")
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "乐山市市中区")).county == "市中区")
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县", with: "常德市临澧县")).county == "临澧县")
        #expect(try metadata(located.replacingOccurrences(of: "位于某某市青川县东南部", with: "地处临近县城的浅丘地带，隶属于青川县")).county == "青川县")
        #expect(try metadata(located.replacingOccurrences(of: "位于某某市青川县东南部", with: "地处紧邻某某市白河县的丘陵地带，隶属于青川县")).county == "青川县")
        // …unless a 的 closes the nearness before the township's own place.
        #expect(try metadata(located.replacingOccurrences(of: "位于某某市青川县东南部", with: "位于毗邻重庆的四川省某某市青川县东南部")).county == "青川县")
        // Counted counties at a border name none.
        #expect(try metadata(located.replacingOccurrences(of: "某某市青川县东南部", with: "川陕两省三县交界处")).county == nil)
    }

    @Test func aCountyNeverStartsWithTheYearBeforeIt() throws {
        #expect(try metadata("首页 > 2024年白河县青石镇法治政府建设工作报告\n" + body).county == "白河县")
    }

    @Test func aReportWithNoTitleOpeningOrDateTakesTheYearItNamesMost() throws {
        let found = try metadata("一、主要工作\n2022年我镇新制发文件3件。\n2022年组织开展培训4次。\n2021年曾发生纠纷。\n二、下一步\n2023年继续推进。\n")
        #expect(found.reportYear == 2022)
    }

    @Test func guangzhousShortFormOfAStreetOffice() throws {
        let report = "2024年,鹤洞街坚持依法行政。\n印发《鹤洞街领导干部应知应会法规清单》,鹤洞街党工委专题学法4次,整治商业街和步行街。" + body
        #expect(try metadata(report).township == "鹤洞街")
        #expect(try metadata("关于2024年度法治政府建设情况的报告\n白石镇整治老街、商业街、步行街,白石镇人民政府依法行政。" + body).township == "白石镇")
    }

    @Test func theCountyWhoseCommitteeAndGovernmentLeadTheTownship() throws {
        let led = "关于2024年度法治政府建设情况的报告\n2024年,白石镇在青原县委、县政府的坚强领导下,扎实推进依法行政。" + body
        #expect(try metadata(led).county == "青原县")
        #expect(try metadata("关于2024年度法治政府建设情况的报告\n中共临江市委、临江市人民政府: 2024年,白石镇扎实推进依法行政。" + body)
            .county == "临江市")
        // A district beats the city above it; no name, no county.
        #expect(try metadata("2024年,白石街道在南海市委、市政府和西林区委、区政府的领导下推进依法行政。" + body).county == "西林区")
        #expect(try metadata("2024年,白石镇在区委、区政府的坚强领导下推进依法行政。" + body).county == nil)
        #expect(try metadata("2024年,白石乡在和平县委、县政府的领导下推进依法行政。" + body).county == "和平县")
        #expect(try metadata("2024年,白石乡在峨边彝族自治县委、县政府的领导下推进依法行政。" + body).county == "峨边彝族自治县")
        #expect(try metadata("2024年,白石镇党委书记在区委全会上发言,在区政府指导下推进依法行政。" + body).county == nil)
        #expect(try metadata("2024年,白石镇认真落实县委、县政府部署,推进依法行政。" + body).county == nil)
        #expect(try metadata("2024年,白石镇在新一届县委、县政府的领导下,严格按照上级县委、县政府的要求推进依法行政。" + body).county == nil)
        #expect(try metadata("2024年,白石街道在市委和区委、区政府的领导下推进依法行政。" + body).county == nil)
        #expect(try metadata("2024年,白石镇在贯彻落实县委、县政府决策部署中推进依法行政。" + body).county == nil)
        #expect(try metadata("2024年,白石镇根据年初区委、区政府工作部署推进依法行政。" + body).county == nil)
        let twice = "2024年,白石镇在贯彻落实县委、县政府部署中推进依法行政,在贯彻落实县委、县政府决策时依法决策。"
        #expect(try metadata(twice + body).county == nil)
        #expect(try metadata("2024年,白石镇在落实县委、县政府部署中推进依法行政。" + body).county == nil)
        #expect(try metadata("2024年,白石苏木在扎鲁特旗委、旗政府的领导下推进依法行政。" + body).county == "扎鲁特旗")
        #expect(try metadata("关于2024年度法治政府建设情况的报告\n科尔沁左翼后旗人民政府:\n2024年,白石苏木推进依法行政。" + body).county == "科尔沁左翼后旗")
        #expect(try metadata("关于2024年度法治政府建设情况的报告\n鄂尔多斯市伊金霍洛旗人民政府:\n2024年,白石镇推进依法行政。" + body).county == "伊金霍洛旗")
        #expect(try metadata("关于2024年度法治政府建设情况的报告\n旗委全面依法治旗委员会办公室:\n2024年,白石镇推进依法行政。" + body).county == nil)
        // A city may be the prefecture: a county cited in titles comes first; among cities, the one named most.
        #expect(try metadata("2024年,白石镇在南海市委、市政府的领导下,落实《西林区2024年法治建设要点》。" + body).county == "西林区")
        #expect(try metadata("2024年,白石镇在南海市委、市政府和临江市委、市政府的领导下,根据中共临江市委、临江市人民政府部署推进。" + body)
            .county == "临江市")
    }

    @Test func theCountyOfASavedPagesPublisherLine() throws {
        let title = "白石镇2024年法治政府建设工作总结\n"
        #expect(try metadata(title + "来源:青原县 发布时间:2025-01-10\n" + body).county == "青原县")
        #expect(try metadata(title + "发布机构: 青原县白石镇人民政府\n" + body).county == "青原县")
        #expect(try metadata(title + "• 来源:临江市白石镇\n" + body).county == "临江市")
        #expect(try metadata(title + "来源:天津市西林区白石镇人民政府\n" + body).county == "西林区")
        #expect(try metadata(title + "来源:南海市西林区白石街道办\n" + body).county == "西林区")
        // A city alone may be the prefecture; an office or the site itself names no county.
        #expect(try metadata(title + "来源:南海市人民政府\n" + body).county == nil)
        #expect(try metadata(title + "来源:市司法局\n" + body).county == nil)
        #expect(try metadata(title + "来源:中共南海市委依法治市委员会办公室\n" + body).county == nil)
        #expect(try metadata(title + "信息来源:本网\n" + body).county == nil)
        #expect(try metadata(title + "发布机构:红旗镇\n" + body).county == nil)
        #expect(try metadata(title + "发布日期:2025-01-10    发布者:西林区人民政府\n" + body).county == "西林区")
        // What the text says itself comes first.
        #expect(try metadata("青原县白石镇2024年法治政府建设工作总结\n来源:临江县\n" + body).county == "青原县")
    }

    @Test func theSubjectAfterAYearAndVerbsBeforeAnAbbreviatedTownship() throws {
        let opening = "法治政府建设是全面依法治国的重要任务。2024年,青石河街道以习近平法治思想为指导,推进依法行政。"
        #expect(try metadata(opening + "结合街道实际,确保镇党委决策合法。" + body).township == "青石河街道")
        #expect(try metadata("关于2023年度法治政府建设情况的报告\n现将湖西镇2023年度工作报告如下。湖西镇高度重视,确保镇党委政府工作合法。" + body)
            .township == "湖西镇")
    }

    @Test func aCountyAfterTheYearsWord度() throws {
        #expect(try metadata("2022年度浦东新区白石镇法治政府建设情况报告\n" + body).county == "浦东新区")
    }

    @Test func countiesNamedWithTheParty() throws {
        #expect(try metadata("白石镇2024年法治政府建设情况报告\n中共青原县县委:" + body).county == "青原县")
        #expect(try metadata("中共青原县白石镇委员会关于2024年法治政府建设情况的报告\n" + body).county == "青原县")
    }

    @Test func aDistrictAfterItsCityAndNoRegulationsIssuer() throws {
        #expect(try metadata("白石街道2025年法治政府建设情况\n落实《中共南海市西林区委2025年法治建设要点》。" + body).county == "西林区")
        #expect(try metadata("白石街道2025年法治政府建设情况\n执行《南海市市容环境卫生管理条例》。" + body).county == nil)
    }

    @Test func twoCharacterNamesStartingWithWhatIsNoiseBeforeLongerOnes() throws {
        #expect(try metadata("2024年,中河乡扎实推进依法行政。" + body + "中河乡人民政府\n").township == "中河乡")
    }

    @Test func aStreetOfficeTitledUnderItsDistrictGovernment() throws {
        let found = try metadata("南岸区人民政府桂园街道办事处关于2022年度法治政府建设情况的报告\n2022年,我街道全面推进依法行政。" + body)
        #expect(found.township == "桂园街道")
        #expect(found.county == "南岸区")
    }

    @Test func countiesOfTwoCharactersAndDistrictsOfMunicipalities() throws {
        #expect(try metadata("柳县青石镇人民政府关于2025年法治政府建设情况的报告\n" + body).county == "柳县")
        let found = try metadata("石门镇关于2025年法治政府建设情况的报告\n落实《重庆市法治政府建设实施方案》,石门镇扎实推进。" + body)
        #expect(found.county == nil)  // 重庆市 is the province, not the county
        #expect(found.province == "重庆市")
    }

    @Test func yearFromTheTitleLineBelowAPortalPagesNavigation() throws {
        let page = "首页\n政务公开\n法治政府建设\n索引号:\n001122/2024-00017\n发布机构:\n青石镇\n公开方式:\n主动公开\n"
            + "文字大小:大 中 小\n打印本页\n青石镇2023年度法治政府建设工作报告\n今年以来,青石镇扎实推进依法行政,成效明显。" + body
        #expect(try metadata(page).reportYear == 2023)
    }

    @Test func documentNumberForms() {
        #expect(DocumentNumber.find(in: "木政发[2024]3号") == "木政发[2024]3号")
        #expect(DocumentNumber.find(in: "中共某镇委员会 某委文(2023)12号") == "某委文(2023)12号")
        #expect(DocumentNumber.find(in: "根据〔2023〕号文件") == nil)
    }
}
