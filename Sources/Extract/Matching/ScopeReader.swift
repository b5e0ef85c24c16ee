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
    /// Several years' figures: a five-year plan or publicity period (“七五”普法期间).
    private static let cumulative = WordSet(["近三年", "近两年", "近五年", "近年来", "两年来", "三年来", "四年来", "五年来", "六年来", "七年来",
                                             "八年来", "九年来", "十年来", "多年来", "几年来", "数年来", "历年", "十四五", "十三五",
                                             "普法期间", "五期间", "五”期间"])
    /// With 共 as a word of its own (see `sums`).
    private static let totals = WordSet(["全年", "全镇", "全乡", "全街", "累计", "合计", "总计", "年内", "本年度", "今年以来", "年以来", "全域"])
    private static let partOf = WordSet(["其中"])
    /// The wider area's total (全区共办理…1560件), when it opens the clause: not the township's.
    private static let widerAreas = WordSet(["全区", "全县", "全市", "全省", "全旗", "区级", "县级", "市级"])
    /// The villages' own figure (村级调委会共调解…3起), when it opens the clause
    /// or the sentence (村级调委会充分发挥作用，共调解…3起).
    private static let villageLevel = WordSet(["村级"])
    /// One named village's or community's mediation body in the figure's own
    /// clause (，南岸村调委会全年调解…16起; 其中梧桐社区调解室…; 浦景社区“老娘舅”调解工作室…),
    /// not an anecdote in the clause before a township total. The name is two or
    /// three characters after a pause (or 其中): 各村调委会 and 村调委会、镇调委会
    /// name no village; a named 调解工作室 alone is often the township's own.
    private static let places = WordSet(["村", "社区"])
    private static let mediationBodies = WordSet(["调委会", "调解委员会", "人民调解委员会", "调解室", "调解工作室"])
    private static let notNames: Set<Unicode.Scalar> = ["各", "全", "镇", "乡", "两", "级", "本", "该", "个", "和", "及", "与"]
    /// Verbs before a committee of all villages (依托村调委会, 指导社区调委会, 发挥村调委会作用).
    private static let verbsBeforeBodies = WordSet(["依托", "指导", "发挥", "通过", "组织", "协调", "联合", "督促", "推动", "依靠", "借助", "整合"])
    private static let wholeArea = WordSet(["全镇", "全乡", "全街", "全域", "辖区", "两级", "镇调委会", "乡调委会", "街道调委会", "镇调解委员会"])

    private static func namesOneVillage(in clause: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        for start in clause.dropFirst(2) {
            guard let place = places.words.first(where: { WordSet.literal($0, in: scalars, at: start) }),
                  mediationBodies.startsAfter(skippingNickname: start + place.count, in: clause, scalars) else { continue }
            for length in 2...3 where start - length >= clause.lowerBound {
                let nameStart = start - length
                let name = scalars[nameStart..<start]
                let pause = nameStart == clause.lowerBound || !CharacterClass.isHan(scalars[nameStart - 1])
                    || (nameStart - 2 >= clause.lowerBound && WordSet.literal(["其", "中"], in: scalars, at: nameStart - 2))
                if pause, name.allSatisfy(CharacterClass.isHan), !name.contains(where: notNames.contains),
                   !verbsBeforeBodies.occurs(in: name) { return true }
            }
        }
        return false
    }
    /// 拟 as a plan (拟开展培训4次); not in a modifier of what was done (对拟出台的2件规范性文件进行了审查).
    private static func intends(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        range.contains { index in
            scalars[index] == "拟" && !scalars[(index + 1)..<min(index + 5, range.upperBound)].contains("的")
        }
    }

    /// A county bureau's station, the police or a court as the clause's subject (市场监管所立案查处…,
    /// 辖区派出所…), not as a partner (执法队联合市场监管所…查处).
    private static func opensWithAnotherAgency(_ clause: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        let head = clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 10)
        guard let agency = agencies.words.compactMap({ word in
            head.first { WordSet.literal(word, in: scalars, at: $0) }
        }).min() else { return false }
        // Only its owner may stand before it (辖区, 镇, 区市场监管局X): no verb that makes it an object.
        return !notSubjects.occurs(in: clause.lowerBound..<agency, of: scalars)
    }

    private static let agencies = WordSet(["派出所", "市场监管所", "市场监管局", "人民法院", "法庭", "公安局"])
    private static let notSubjects = WordSet(["联合", "会同", "协同", "配合", "协助", "与", "和", "指导", "组织", "收到", "邀请", "由", "向",
                                              "对", "经", "通过", "依托", "借助", "推动", "督促", "、", "及", "在", "到", "赴"])

    /// A county or city named as the subject of a total (朝阳区全年累计开展…, 深圳市全年…).
    private static func opensWithCountyTotal(_ clause: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        for end in (clause.lowerBound + 2)..<min(clause.lowerBound + 7, clause.upperBound)
            where countySuffixes.contains(scalars[end]) && CountyNames.isPlausible(String(scalars: scalars[clause.lowerBound...end])) {
            return totalWordsAfterName.prefixes(scalars[(end + 1)...])
        }
        return false
    }

    private static let countySuffixes: Set<Unicode.Scalar> = ["区", "县", "市", "旗"]
    private static let totalWordsAfterName = WordSet(["全年", "共", "累计", "全域"])

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

    private static func last(_ first: Unicode.Scalar, _ second: Unicode.Scalar, in range: Range<Int>,
                             of scalars: [Unicode.Scalar]) -> Int? {
        var index = range.upperBound - 2
        while index >= range.lowerBound {
            if scalars[index] == first, scalars[index + 1] == second { return index }
            index -= 1
        }
        return nil
    }

    /// A several-years word before the figure (近三年, 十年来, “七五”普法期间), unless this
    /// year is named after it (坚持多年来形成的制度，全年组织学法14次).
    private func countsSeveralYears(_ sentence: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let end = Self.lastEnd(of: Self.cumulative, in: sentence, scalars) else { return false }
        let after = end..<sentence.upperBound
        return !Self.thisYear.occurs(in: after, of: scalars) && !namesReportYear(in: after, scalars)
    }

    /// The report year written as a year (2023年) in `range`, not as the end of a span (2016年至2020年).
    private func namesReportYear(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let reportYear else { return false }
        let written = Array("\(reportYear)年".unicodeScalars)
        return range.contains { start in
            start + written.count <= range.upperBound && WordSet.literal(written, in: scalars, at: start)
                && (start == 0 || !"至到-—～~".unicodeScalars.contains(scalars[start - 1]))
        }
    }

    /// Where the last of `words` inside `range` ends.
    private static func lastEnd(of words: WordSet, in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int? {
        guard words.occurs(in: range, of: scalars) else { return nil }  // the common case, in one pass
        var end = range.upperBound
        while end > range.lowerBound {
            if words.words.contains(where: { end - $0.count >= range.lowerBound && WordSet.literal($0, in: scalars, at: end - $0.count) }) {
                return end
            }
            end -= 1
        }
        return nil
    }

    /// This year's starts (今年以来, 年初以来, 3月份以来), and this year named
    /// again between 以来 and the figure (…创建以来，…，全年累计开展).
    private static let thisYearStarts = WordSet(["今年", "年初", "本年", "本年度", "全年", "上半年", "下半年"])
    private static let thisYear = WordSet(["全年", "今年", "本年", "年内"])
    /// A this-year word alone before a comma is the sentence's topic, not a start;
    /// so is a year alone (2023年，…).
    private static let topics: Set<String> = ["今年", "全年", "本年", "本年度"]
    /// 截至2023年底，…以来: the date ends the count; it does not start it.
    private static let endDates = WordSet(["截至", "截止", "到"])

    private static func namesOnlyAYear(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var text = String(scalars: scalars[range])
        if text.hasSuffix("年度") { text.removeLast() }
        return text.count == 5 && text.hasSuffix("年") && text.prefix(4).allSatisfy(\.isASCII) && text.prefix(4).allSatisfy(\.isNumber)
    }

    private static func statesTotal(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        totals.occurs(in: range, of: scalars) || saysAltogether(in: range, scalars)
    }

    /// 累计 or 共 after 以来: the figure sums from the start.
    private static func sums(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        ScopeReader.last("累", "计", in: range, of: scalars) != nil || saysAltogether(in: range, scalars)
    }

    /// 共 as 'altogether' (共受理, 共计), not inside 公共, 共同, 共建, 共享, 共治, 共商, 共产党.
    private static func saysAltogether(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        range.contains { index in
            scalars[index] == "共" && (index == 0 || scalars[index - 1] != "公")
                && (index + 1 == scalars.count || !"产同建享治商".unicodeScalars.contains(scalars[index + 1]))
        }
    }
    /// 自去年10月以来: a month of last year starts it.
    private static let lastYearStarts = WordSet(["去年", "上年", "前年"])

    /// 自“八五”普法实施以来，全镇已累计开展…: a 累计 after an earlier start's 以来
    /// counts several years. 今年以来累计, 2023年以来累计 in a 2023 report and
    /// 创建以来，全年累计 are this year's totals.
    private func totalsSinceEarlierStart(in sentence: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let since = ScopeReader.last("以", "来", in: sentence, of: scalars),
              Self.sums(in: since..<sentence.upperBound, scalars),
              !Self.thisYear.occurs(in: since..<sentence.upperBound, of: scalars),
              !namesReportYear(in: since..<sentence.upperBound, scalars) else { return false }
        // The start is named in 以来's own clause (自2023年3月…挂牌运行以来), or in a short
        // date clause right before it (2024年10月18日，…以来; 今年初，…以来); not by a bare
        // topic (今年，…) nor in a longer clause.
        var opening = Clause.clauseStart(before: since, in: scalars)
        if !namesTime(in: opening..<since, scalars), opening > sentence.lowerBound {
            let before = Clause.clauseStart(before: opening - 1, in: scalars)
            let date = before..<(opening - 1)
            if date.count <= 12, namesTime(in: date, scalars), !Self.topics.contains(String(scalars: scalars[date])),
               !Self.namesOnlyAYear(date, scalars), !Self.endDates.prefixes(scalars[date]) { opening = before }
        }
        let start = years(in: opening..<since, scalars)
        if let reportYear, !start.isEmpty { return start.contains { $0 < reportYear } }
        // 共 alone sums from a start only when that start is an earlier year (自2021年…以来，共…).
        if ScopeReader.last("累", "计", in: since..<sentence.upperBound, of: scalars) == nil { return false }
        if Self.lastYearStarts.occurs(in: opening..<since, of: scalars) { return true }
        return !Self.thisYearStarts.occurs(in: opening..<since, of: scalars) && !Self.namesMonth(in: opening..<since, scalars)
    }

    /// A year, a month or a this-/last-year word in `range`.
    private func namesTime(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        !years(in: range, scalars).isEmpty || Self.namesMonth(in: range, scalars)
            || Self.thisYearStarts.occurs(in: range, of: scalars) || Self.lastYearStarts.occurs(in: range, of: scalars)
    }

    /// 3月, 十月, 元月, 3月份: a month with its number (每月 is no start).
    private static func namesMonth(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        range.contains { index in
            scalars[index] == "月" && index > range.lowerBound
                && (CharacterClass.isDigit(scalars[index - 1]) || "一二三四五六七八九十元正".unicodeScalars.contains(scalars[index - 1]))
        }
    }

    /// The four-digit years (2022年) written in `range`.
    private func years(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> [Int] {
        range.compactMap { index in
            guard scalars[index] == "年", index >= range.lowerBound + 4 else { return nil }
            var value = 0
            for scalar in scalars[(index - 4)..<index] {
                guard scalar.value >= 48 && scalar.value <= 57 else { return nil }
                value = value * 10 + Int(scalar.value - 48)
            }
            return value
        }
    }

    /// A year before the report year shortly before the figure (2022年受理…N起 in a
    /// 2023 report): the figure is that year's.
    private func mentionsEarlierYear(before number: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let reportYear else { return false }
        return years(in: max(0, number - 12)..<number, scalars).contains { $0 >= 1990 && $0 < reportYear }
    }
}

private extension WordSet {
    /// Whether one of the words starts at `position`, or right after a quoted
    /// nickname there (社区“老娘舅”调解工作室), inside `range`.
    func startsAfter(skippingNickname position: Int, in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var start = position
        if start < range.upperBound, scalars[start] == "“",
           let close = scalars[start..<min(start + 10, range.upperBound)].firstIndex(of: "”") { start = close + 1 }
        return words.contains { start + $0.count <= range.upperBound && WordSet.literal($0, in: scalars, at: start) }
    }
}
