import Normalize

/// Reads a figure's scope from the words of its sentence before it. The
/// scalars it reads have cited titles (《…》) blanked, so 《…工作计划》 is no target.
struct ScopeReader {
    let reportYear: Int?

    /// Target and norm words, read in the figure's own clause (确保 in an
    /// earlier clause of the sentence sets no target).
    private static let targets = WordSet(["力争", "确保", "争取", "目标", "预计", "不低于", "不少于", "至少", "不超过", "不高于", "控制在", "每年", "每季度", "每月", "每周", "每半年", "每学年"])
    /// 计划 is also a noun (按照学法计划, 年度学习计划): a target only as the
    /// verb right before the figure (计划开展培训4次).
    private static let planNouns = WordSet(["学法计划", "学习计划", "工作计划", "年度计划", "培训计划", "普法计划", "按计划", "照计划"])
    private static let changes = WordSet(["同比", "较上年", "比上年", "较去年", "比去年", "上年同期", "去年同期", "增长", "下降", "增加", "减少", "提高", "降低", "提升"])
    private static let previous = WordSet(["较上年的", "上年的", "去年的", "上年度", "上一年"])
    private static let partOf = WordSet(["其中"])
    /// The wider area's total (全区共办理…1560件), when it opens the clause: not the township's.
    private static let widerAreas = WordSet(["全区", "全县", "全市", "全省", "全旗", "区级", "县级", "市级"])

    /// 拟 as a plan (拟开展培训4次); not in a modifier of what was done (对拟出台的2件规范性文件进行了审查).
    private static func intends(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        range.contains { index in
            scalars[index] == "拟" && !scalars[(index + 1)..<min(index + 5, range.upperBound)].contains("的")
        }
    }

    /// A part of the year (一季度办理…7件).
    private static let partsOfYear = WordSet(["一季度", "二季度", "三季度", "四季度", "上半年", "下半年"])
    /// Last year's figure anywhere before it in the clause (去年同期受理…40件); a bare
    /// 去年 is too often this year's context (在去年基础上全年受理…).
    private static let lastYear = WordSet(["去年同期", "上年同期"])
    /// The figure reached, not the change (由上年的6件下降至2件).
    static let reached = WordSet(["降至", "降到", "减至", "少至", "少到", "增至", "加至", "加到", "长至", "长到", "升至", "升到", "高至", "高到",
                                  "低至", "低到", "降为", "减为"])

    /// - Parameters:
    ///   - sentence: from the sentence start to the quantity.
    ///   - triggerStart: where the indicator's phrase starts (for 其中 before or after it).
    ///   - earlierInSentence: this indicator already has a figure earlier in the sentence.
    ///   - hasQuantity: whether another figure stands in a range (其中土地纠纷19起，成功化解17起:
    ///     17 is part of the 19, not the township's resolved total).
    func scope(of quantity: Quantity, sentence: Range<Int>, triggerStart: Int, earlierInSentence: Bool,
               in scalars: [Unicode.Scalar], hasQuantity: (Range<Int>) -> Bool) -> MentionScope {
        let number = quantity.range.lowerBound
        if countsSeveralYears(sentence, scalars) || totalsSinceEarlierStart(in: sentence, scalars) { return .cumulative }
        let clause = Clause.clauseStart(before: number, in: scalars)..<number
        // The figure's own prefix (至少4次, 不少于20场) is a norm's word too.
        let withPrefix = clause.lowerBound..<min(number + 3, quantity.range.upperBound)
        if Self.targets.occurs(in: withPrefix, of: scalars) || Self.intends(in: withPrefix, scalars) || plansAhead(before: number, scalars) {
            return .target
        }
        if Self.opensWithAnotherAgency(clause, scalars) { return .otherLevel }
        // A rate is stated without a total word (全县行政机关负责人出庭应诉率达到100%).
        if clause.count >= 2, Self.widerAreas.prefixes(scalars[clause]) || Self.opensWithCountyTotal(clause, scalars),
           Self.statesTotal(in: clause, scalars) || quantity.isPercent, !Self.firsts.occurs(in: clause, of: scalars) {
            return .otherLevel
        }
        let reachedNow = Self.reached.endsBefore(number, within: 0, in: scalars)
        if !reachedNow {
            if Self.startsAChange(quantity, clause: clause, scalars) { return .previousYear }
            if Self.changes.endsBefore(number, within: 4, in: scalars) { return .change }
            if Self.previous.endsBefore(number, within: 6, in: scalars) || Self.lastYear.occurs(in: clause, of: scalars)
                || mentionsEarlierYear(before: number, scalars) {
                return .previousYear
            }
        }
        if Self.partsOfYear.occurs(in: clause, of: scalars) || Self.villageLevel.prefixes(scalars[clause])
            || (Self.villageLevel.prefixes(scalars[sentence]) && !Self.wholeArea.occurs(in: sentence, of: scalars)) { return .part }
        if Self.namesOneVillage(in: clause, scalars), !Self.wholeArea.occurs(in: clause, of: scalars) { return .part }
        // 东村、西村分别审查合同12份、9份: figures per listed place or unit.
        if let each = Self.lastEach(in: clause, of: scalars), each < triggerStart, Self.inFigureList(quantity, scalars) { return .part }
        if let part = Self.lastPartMarker(in: sentence, of: scalars), part < number,
           !Self.endsBreakdown(after: part, clause: clause, scalars),
           earlierInSentence || !Self.meansOfThem(part, scalars),
           triggerStart < part || earlierInSentence || hasQuantity(part..<triggerStart) {
            return .part
        }
        return Self.statesTotal(in: sentence, scalars) ? .total : .plain
    }

    /// 由6件下降至2件, 从85%提高到95%, 由2022年的86件降为61件: the figure the
    /// change started from; 由镇综治中心受理纠纷53起降至历史最低 is no change of figures.
    private static func startsAChange(_ quantity: Quantity, clause: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        let number = quantity.range.lowerBound
        let from = max(clause.lowerBound, number - 8)..<number
        guard scalars[from].contains(where: { $0 == "由" || $0 == "从" }) else { return false }
        var probe = quantity.range.upperBound
        while probe < min(scalars.count, quantity.range.upperBound + 4) {
            if reached.endsBefore(probe, within: 0, in: scalars) { return probe < scalars.count && startsNumber(scalars[probe]) }
            probe += 1
        }
        return false
    }

    private static func startsNumber(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isDigit(scalar) || "零一二两三四五六七八九十百千万近约".unicodeScalars.contains(scalar)
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

    /// 在全县率先, 全市第一: the wider area as a yardstick, not as the subject.
    private static let firsts = WordSet(["率先", "第一", "排名", "前列", "首位", "首家", "首个", "推广", "部署", "要求", "占"])

    /// The figure is one of a 、-joined run of figures (12份、9份).
    static func inFigureList(_ quantity: Quantity, _ scalars: [Unicode.Scalar]) -> Bool {
        let after = quantity.range.upperBound
        if after + 1 < scalars.count, scalars[after] == "、", CharacterClass.isDigit(scalars[after + 1]) { return true }
        let before = quantity.range.lowerBound
        return before >= 2 && scalars[before - 1] == "、"
            && scalars[max(0, before - 5)..<(before - 1)].contains(where: CharacterClass.isDigit)
    }

    /// 其中…，全年调解成功229起: a later clause opening with a total word is the
    /// whole again, not one more item of the breakdown.
    private static func endsBreakdown(after part: Int, clause: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        clause.lowerBound > part + 2 && breakdownEnds.prefixes(scalars[clause])
    }
    private static let breakdownEnds = WordSet(["全年", "全镇", "全乡", "全街", "共", "累计", "总计", "合计"])

    /// 受理其中的91起: 其中的 is 'of them', an object; the figure is a part only
    /// of an earlier figure of its own indicator.
    private static func meansOfThem(_ part: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        part + 2 < scalars.count && scalars[part + 2] == "的"
    }

    /// Where the last 分别 stands in `range`.
    static func lastEach(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int? {
        last("分", "别", in: range, of: scalars)
    }

    /// Where the last 案件 stands in `range`.
    static func lastCaseWord(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int? {
        last("案", "件", in: range, of: scalars)
    }

    static func firstCaseWord(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int? {
        range.dropLast().first { scalars[$0] == "案" && scalars[$0 + 1] == "件" }
    }

    /// Where the last 其中 stands in `range`.
    static func lastPartMarker(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int? {
        last("其", "中", in: range, of: scalars)
    }

    static func last(_ first: Unicode.Scalar, _ second: Unicode.Scalar, in range: Range<Int>,
                             of scalars: [Unicode.Scalar]) -> Int? {
        var index = range.upperBound - 2
        while index >= range.lowerBound {
            if scalars[index] == first, scalars[index + 1] == second { return index }
            index -= 1
        }
        return nil
    }

}
