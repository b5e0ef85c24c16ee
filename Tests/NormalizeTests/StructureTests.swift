import Testing
@testable import Normalize

@Suite struct StructureTests {
    func mark(_ line: String) -> HeadingMark? {
        HeadingMark.read(ArraySlice(Array(line.unicodeScalars)))
    }

    @Test func headingMarksAndTheirLevels() {
        #expect(mark("一、主要举措和成效") == HeadingMark(level: 1, length: 2))
        #expect(mark("十二、其他事项") == HeadingMark(level: 1, length: 3))
        #expect(mark("(三)强化监督") == HeadingMark(level: 2, length: 3))
        #expect(mark("2.推进执法") == HeadingMark(level: 3, length: 2))
        #expect(mark("3、推进执法") == HeadingMark(level: 3, length: 2))
        #expect(mark("(4)印发资料") == HeadingMark(level: 4, length: 3))
        #expect(mark("①召开会议") == HeadingMark(level: 5, length: 1))
        #expect(mark("### 三、存在的不足") == HeadingMark(level: 1, length: 6))
        #expect(mark("# 某某镇2023年度法治政府建设工作报告") == HeadingMark(level: 0, length: 2))
        #expect(mark("1.5万余份资料") == nil)
        #expect(mark("2023年,全镇") == nil)
        #expect(mark("一是强化学习") == nil)
    }

    func sections(_ text: String, year: Int? = 2023) -> [(SectionRole, String)] {
        SectionSplitter(reportYear: year).split(MappedText(original: text)).map { section in
            (section.role, String(String.UnicodeScalarView(Array(text.unicodeScalars)[section.start..<section.end])))
        }
    }

    @Test func rolesFollowTheMandatedHeadings() {
        let text = """
        某镇2023年度法治政府建设工作报告
        一、推进法治政府建设的主要举措和成效
        (一)完善制度
        全年审查文件5件。
        二、党政主要负责人履行推进法治建设第一责任人职责情况
        书记带头学法。
        三、存在的不足和原因
        基层力量薄弱。
        四、2024年工作打算
        (一)加强培训
        计划培训10次。
        """
        #expect(sections(text).map(\.0) == [.other, .measuresAndResults, .measuresAndResults, .chiefDuty, .shortcomings, .nextYearPlan, .nextYearPlan])
    }

    @Test func thematicTopHeadingsCountAsMeasures() {
        let roles = sections("序言。\n一、依法全面履行政府职能\n1.优化营商环境。\n二、严格规范公正文明执法\n内容。").map(\.0)
        #expect(roles == [.other, .measuresAndResults, .measuresAndResults, .measuresAndResults])
    }

    @Test func anUnheadedClosingParagraphSplitsIntoShortcomingsAndPlans() {
        let body = String(repeating: "全年开展活动多场,取得良好效果。", count: 8)
        let text = "一、强化推进机制\n\(body)\n2023年,我镇取得一些成绩,但也存在一些问题和不足,主要是队伍力量不足。2024年,我镇将继续深化法治建设。"
        let found = sections(text)
        #expect(found.map(\.0) == [.measuresAndResults, .shortcomings, .nextYearPlan])
        #expect(found[1].1 == "2023年,我镇取得一些成绩,但也存在一些问题和不足,主要是队伍力量不足。")
        #expect(found[2].1 == "2024年,我镇将继续深化法治建设。")
    }

    @Test func aChiefDutySubheadingAmongTheMeasuresButNotAmongThePlans() {
        let found = sections("一、主要举措和成效\n(一)完善制度\n制定规则。\n(二)履行推进法治建设第一责任人职责\n书记带头。\n"
            + "二、下一年度工作安排\n(一)继续落实第一责任人职责\n年内开展述法。\n").map(\.0)
        #expect(found == [.measuresAndResults, .measuresAndResults, .chiefDuty, .nextYearPlan, .nextYearPlan])
        let shortPlanHeading = sections("一、主要举措和成效\n内容。\n三、下步工作\n(一)压实第一责任人职责\n落实。\n").map(\.0)
        #expect(shortPlanHeading == [.measuresAndResults, .nextYearPlan, .nextYearPlan])
    }

    @Test func aPlanSentenceInsideMeasuresDoesNotOpenPlans() {
        let text = "一、主要举措和成效\n全年调解纠纷20起。下一步,我镇将继续加强调解。\n二、存在问题\n人员不足。"
        #expect(sections(text).map(\.0) == [.measuresAndResults, .shortcomings])
    }

    @Test func anAppendixAfterThePlansIsNoPartOfThem() {
        let body = String(repeating: "全年开展活动多场,取得良好效果。", count: 4)
        let text = "一、主要成效\n\(body)\n二、2024年工作打算\n加强培训。\n附件\n某镇2023年法治建设主要数据\n1.集体学法：16次\n2.主动公开政府信息：184条"
        let roles = sections(text).map(\.0)
        #expect(Array(roles.prefix(2)) == [.measuresAndResults, .nextYearPlan])
        #expect(roles.dropFirst(2).allSatisfy { $0 != .nextYearPlan } && roles.count > 2)
    }

    @Test func anAppendixTitledOnTheNextLineAsNextYearsTasksIsAPlan() {
        let body = String(repeating: "全年开展活动多场,取得良好效果。", count: 4)
        let text = "一、主要成效\n\(body)\n附件2\n某镇2024年法治政府建设重点任务清单\n1. 开展“法律进乡村”活动20场次。"
        #expect(sections(text).map(\.0).suffix(2) == [.nextYearPlan, .nextYearPlan])
    }

    @Test func anAppendixWithItsOwnTitleIgnoresTheNextLine() {
        let body = String(repeating: "全年开展活动多场,取得良好效果。", count: 4)
        let text = "一、主要成效\n\(body)\n附件：某镇2023年法治建设主要指标\n项目 | 2023年 | 2024年目标\n调解纠纷（起） | 120 | 130"
        #expect(sections(text).map(\.0).last == .other)
    }

    @Test func mergedShortcomingsAndPlansHeadingSplitsAtThePlanSubheading() {
        let text = "一、主要成效\n内容。\n二、存在的问题和下一步打算\n(一)存在的问题\n人员不足。\n(二)下一步打算\n加强培训。"
        #expect(sections(text).map(\.0) == [.measuresAndResults, .shortcomings, .shortcomings, .nextYearPlan])
    }
}
