import Testing
@testable import Extract

/// Totals after their parts, lists that share a verb or a zero, and totals
/// over several years, in sentences written for these tests (report year 2023).
@Suite struct ListAndTotalSentenceTests {
    static let cases: [(String, [String])] = [
        // A bare total closing figures of one indicator is their total, not a third part.
        ("镇党委中心组学法6次，机关干部会前学法10次，全年共计16次。", ["law_study_sessions 16 exact"]),
        ("开展以案释法4场，送法下乡5场，以上合计9场。", ["publicity_events 9 exact"]),
        // …not when the figures before it are of different indicators, or it is smaller.
        ("受理信访事项12件，调解纠纷30起，共计42件。", ["mediation_cases 30 exact", "petitions_received 12 exact"]),
        // Another indicator's verb inside a phrase's gap is the nearer one.
        ("全年两级调解组织共排查矛盾纠纷140起，受理纠纷98起。", ["disputes_screened 140 exact", "mediation_cases 98 exact"]),
        // A longer phrase of one indicator does not run past the figure of a shorter one.
        ("年内承办区政协委员提案3件、区人大代表建议8件。", ["cppcc_proposals_handled 3 exact", "npc_proposals_handled 8 exact"]),
        // Kinds listed before the phrase's own noun (工程、采购等合同) are that noun's.
        ("全年对镇政府签订的工程、物业、租赁等合同进行合法性审查27份。", ["contracts_reviewed 27 exact"]),
        ("对重大决策、规范性文件、合同等开展合法性审查45件。", []),
        // A veto word made a modifier by 的 is not right before a noun after the figure; a verb is.
        ("全年对镇政府制发的3件行政规范性文件开展了合法性审查。", ["normative_docs_reviewed 3 exact"]),
        ("起草2件规范性文件并经合法性审查后印发。", []),
        ("全年制发规范性文件3件。", []),
        // One zero for a list of case kinds.
        ("全年行政复议、行政诉讼案件均为零。", ["admin_litigation_cases 0 exact", "admin_reconsideration_cases 0 exact"]),
        // A bare answer rate in a disclosure sentence; not in a petition one.
        ("全年收到政府信息公开申请5件，均在法定期限内作出答复，答复率100%。",
         ["disclosure_requests 5 exact", "disclosure_response_rate 100 exact"]),
        ("受理信访事项20件，答复率100%。", ["petitions_received 20 exact"]),
        // How publicity is also written.
        ("全年用双语开展普法宣讲26场次。", ["publicity_events 26 exact"]),
        ("开展“法律七进”活动30余场次。", ["publicity_events 30 over"]),
        ("开展普法活动41场次，覆盖居民5300余人次。", ["publicity_events 41 exact", "publicity_reach 5300 over"]),
        // 以来 … 累计 from an earlier start counts several years; this year's start does not.
        ("自“八五”普法启动以来，全镇已累计开展法治宣传活动80余场。", []),
        ("今年以来，全镇累计调解矛盾纠纷45起。", ["mediation_cases 45 exact"]),
        ("2023年以来，全镇累计调解矛盾纠纷45起。", ["mediation_cases 45 exact"]),
        ("2021年以来，全镇累计调解矛盾纠纷145起。", []),
        // 百分之 with a Chinese decimal point.
        ("调解成功率达到百分之九十八点五。", ["mediation_success_rate 98.5 exact"]),
    ]

    @Test(arguments: cases)
    func sentence(_ text: String, expected: [String]) throws {
        #expect(try ExtractFixture.values(text) == expected)
    }

    @Test func theTotalAfterPartsIsMarkedAsTheTotal() throws {
        let mentions = try ExtractFixture.extract(ExtractFixture.report("中心组学法6次，会前学法10次，共计16次。")).mentions
        #expect(mentions.map(\.value) == [6, 10, 16])
        #expect(mentions.last?.scope == .total)
    }
}
