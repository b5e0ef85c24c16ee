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
    static func announced(by heading: String, reportYear: Int?) -> SectionRole? {
        if heading.contains("其他") && heading.contains("事项") { return .other }
        if heading.contains("第一责任人") || (heading.contains("主要负责人") && heading.contains("履")) { return .chiefDuty }
        if shortcomingWords.contains(where: heading.contains) { return .shortcomings }
        if planWords.contains(where: heading.contains) { return .nextYearPlan }
        if let reportYear, heading.contains("\(reportYear + 1)年") { return .nextYearPlan }
        if measuresWords.contains(where: heading.contains) { return .measuresAndResults }
        return nil
    }

    static let shortcomingWords = ["不足", "存在问题", "存在的问题", "困难和问题", "问题和原因", "问题及原因", "短板和", "差距和"]
    static let planWords = ["下一年度", "下一步", "下年度", "打算", "工作计划", "工作思路", "今后", "明年", "主要安排", "工作安排", "努力方向"]
    static let measuresWords = ["举措", "成效", "开展情况", "基本情况", "主要工作", "工作情况", "主要做法", "工作措施"]
}
