import Normalize

/// Reads a figure's scope from the words of its sentence before it. The
/// scalars it reads have cited titles (《…》) blanked, so 《…工作计划》 is no target.
struct ScopeReader {
    let reportYear: Int?

    /// Target and norm words, read in the figure's own clause (确保 in an
    /// earlier clause of the sentence sets no target).
    private static let targets = WordSet(["力争", "确保", "争取", "拟", "目标", "预计", "不低于", "不少于", "至少", "每年", "每季度", "每月", "每周", "每半年", "每学年"])
    /// 计划 is also a noun (按照学法计划, 年度学习计划): a target only as the
    /// verb right before the figure (计划开展培训4次).
    private static let planNouns = WordSet(["学法计划", "学习计划", "工作计划", "年度计划", "培训计划", "普法计划", "按计划", "照计划"])
    private static let changes = WordSet(["同比", "较上年", "比上年", "较去年", "比去年", "上年同期", "去年同期", "增长", "下降", "增加", "减少", "提高", "降低", "提升"])
    private static let previous = WordSet(["较上年的", "上年的", "去年的", "上年度", "上一年"])
    private static let cumulative = WordSet(["近三年", "近两年", "近五年", "近年来", "三年来", "五年来", "两年来", "以来累计", "历年", "十四五", "十三五"])
    private static let totals = WordSet(["全年", "全镇", "全乡", "全街", "共", "累计", "合计", "总计", "年内", "本年度", "今年以来", "年以来", "全域"])
    private static let partOf = WordSet(["其中"])

    /// - Parameters:
    ///   - sentence: from the sentence start to the quantity.
    ///   - triggerStart: where the indicator's phrase starts (for 其中 before or after it).
    ///   - earlierInSentence: this indicator already has a figure earlier in the sentence.
    ///   - hasQuantity: whether another figure stands in a range (其中土地纠纷19起，成功化解17起:
    ///     17 is part of the 19, not the township's resolved total).
    func scope(of quantity: Quantity, sentence: Range<Int>, triggerStart: Int, earlierInSentence: Bool,
               in scalars: [Unicode.Scalar], hasQuantity: (Range<Int>) -> Bool) -> MentionScope {
        let number = quantity.range.lowerBound
        if Self.cumulative.occurs(in: sentence, of: scalars) { return .cumulative }
        let clause = Clause.clauseStart(before: number, in: scalars)..<number
        if Self.targets.occurs(in: clause, of: scalars) || plansAhead(before: number, scalars) {
            return .target
        }
        if Self.changes.endsBefore(number, within: 4, in: scalars) { return .change }
        if Self.previous.endsBefore(number, within: 6, in: scalars) || mentionsEarlierYear(before: number, scalars) {
            return .previousYear
        }
        if let part = Self.lastPartMarker(in: sentence, of: scalars), part < number,
           triggerStart < part || earlierInSentence || hasQuantity(part..<triggerStart) {
            return .part
        }
        return Self.totals.occurs(in: sentence, of: scalars) ? .total : .plain
    }

    /// The nearest 计划 ending within six characters before the figure is the verb.
    private func plansAhead(before number: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var end = number
        while end >= max(2, number - 6) {
            if scalars[end - 2] == "计" && scalars[end - 1] == "划" {
                return !Self.planNouns.suffixes(scalars[max(0, end - 4)..<end])
            }
            end -= 1
        }
        return false
    }

    static func lastPartMarker(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int? {
        var index = range.upperBound - 2
        while index >= range.lowerBound {
            if scalars[index] == "其", scalars[index + 1] == "中" { return index }
            index -= 1
        }
        return nil
    }

    /// A year before the report year shortly before the figure (2022年受理…N起 in a
    /// 2023 report): the figure is that year's.
    private func mentionsEarlierYear(before number: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let reportYear else { return false }
        let window = max(0, number - 12)..<number
        for index in window where scalars[index] == "年" && index >= window.lowerBound + 4 {
            var value = 0
            var digits = 0
            for scalar in scalars[(index - 4)..<index] where scalar.value >= 48 && scalar.value <= 57 {
                value = value * 10 + Int(scalar.value - 48)
                digits += 1
            }
            if digits == 4, value >= 1990, value < reportYear { return true }
        }
        return false
    }
}
