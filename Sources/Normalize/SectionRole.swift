/// What part of the mandated report structure a section is.
public enum SectionRole: String, Codable, Sendable, CaseIterable {
    /// 主要举措和成效 and the thematic headings that stand in for it.
    case measuresAndResults = "measures_and_results"
    /// 党政主要负责人履行推进法治建设第一责任人职责情况.
    case chiefDuty = "chief_duty"
    /// 存在的不足和原因.
    case shortcomings
    /// 下一年度…主要安排 / 工作打算.
    case nextYearPlan = "next_year_plan"
    /// Title, preamble, anything else.
    case other

    /// The role a heading's words announce, or nil when they announce none
    /// of the specific parts (a thematic heading).
    static func announced(by heading: ArraySlice<Unicode.Scalar>, reportYear: Int?) -> SectionRole? {
        if otherWords.occurs(in: heading) && matterWords.occurs(in: heading) { return .other }
        if chiefWords.occurs(in: heading) || (headWords.occurs(in: heading) && heading.contains("履")) { return .chiefDuty }
        if shortcomingWords.occurs(in: heading) { return .shortcomings }
        if planWords.occurs(in: heading) { return .nextYearPlan }
        if let reportYear, WordSet(["\(reportYear + 1)年"]).occurs(in: heading) { return .nextYearPlan }
        if measuresWords.occurs(in: heading) { return .measuresAndResults }
        return nil
    }

    private static let otherWords = WordSet(["其他"])
    private static let matterWords = WordSet(["事项"])
    private static let chiefWords = WordSet(["第一责任人"])
    private static let headWords = WordSet(["主要负责人"])
    static let shortcomingWords = WordSet(["不足", "存在问题", "存在的问题", "困难和问题", "问题和原因", "问题及原因", "短板和", "差距和"])
    static let planWords = WordSet(["下一年度", "下一步", "下年度", "下步", "下阶段", "打算", "工作计划", "工作思路", "今后", "明年", "主要安排", "工作安排", "努力方向"])
    static let measuresWords = WordSet(["举措", "成效", "开展情况", "基本情况", "主要工作", "工作情况", "主要做法", "工作措施"])
}
