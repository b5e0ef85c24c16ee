import Normalize

/// Which year a figure counts: several years (近三年, 以来…累计 from an earlier start), this
/// year's, or another year's; and the total words.
extension ScopeReader {
    /// Several years' figures: a five-year plan or publicity period (“七五”普法期间).
    static let cumulative = WordSet(["近三年", "近两年", "近五年", "近年来", "两年来", "三年来", "四年来", "五年来", "六年来", "七年来",
                                     "八年来", "九年来", "十年来", "多年来", "几年来", "数年来", "历年", "十四五", "十三五",
                                     "普法期间", "五期间", "五”期间"])
    /// Without 共, which `saysAltogether` reads (not inside 公共, 共同…).
    static let totals = WordSet(["全年", "全镇", "全乡", "全街", "累计", "合计", "总计", "年内", "本年度", "今年以来", "年以来", "全域"])

    /// A several-years word before the figure (近三年, 十年来, “七五”普法期间), unless this
    /// year is named after it (坚持多年来形成的制度，全年组织学法14次).
    func countsSeveralYears(_ sentence: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let end = Self.cumulative.lastEnd(in: sentence, of: scalars) else { return false }
        let after = end..<sentence.upperBound
        return !Self.thisYear.occurs(in: after, of: scalars) && !namesReportYear(in: after, scalars)
    }

    /// The report year written as a year (2023年) in `range`, not as the end of a span (2016年至2020年).
    func namesReportYear(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let reportYear else { return false }
        let written = Array("\(reportYear)年".unicodeScalars)
        return range.contains { start in
            start + written.count <= range.upperBound && WordSet.literal(written, in: scalars, at: start)
                && (start == 0 || !"至到-—～~".unicodeScalars.contains(scalars[start - 1]))
        }
    }

    /// This year's starts (今年以来, 年初以来, 3月份以来), and this year named
    /// again between 以来 and the figure (…创建以来，…，全年累计开展).
    static let thisYearStarts = WordSet(["今年", "年初", "本年", "本年度", "全年", "上半年", "下半年"])
    static let thisYear = WordSet(["全年", "今年", "本年", "年内"])
    /// A this-year word alone before a comma is the sentence's topic, not a start;
    /// so is a year alone (2023年，…).
    static let topics: Set<String> = ["今年", "全年", "本年", "本年度"]
    /// 截至2023年底，…以来: the date ends the count; it does not start it.
    static let endDates = WordSet(["截至", "截止", "到"])

    static func namesOnlyAYear(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        var text = String(scalars: scalars[range])
        if text.hasSuffix("年度") { text.removeLast() }
        return text.count == 5 && text.hasSuffix("年") && text.prefix(4).allSatisfy(\.isASCII) && text.prefix(4).allSatisfy(\.isNumber)
    }

    static func statesTotal(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        totals.occurs(in: range, of: scalars) || saysAltogether(in: range, scalars)
    }

    /// 累计 or 共 after 以来: the figure sums from the start.
    static func sums(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        ScopeReader.last("累", "计", in: range, of: scalars) != nil || saysAltogether(in: range, scalars)
    }

    /// 共 as 'altogether' (共受理, 共计), not inside 公共, 共同, 共建, 共享, 共治, 共商, 共产党.
    static func saysAltogether(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        range.contains { index in
            scalars[index] == "共" && (index == 0 || scalars[index - 1] != "公")
                && (index + 1 == scalars.count || !"产同建享治商".unicodeScalars.contains(scalars[index + 1]))
        }
    }
    /// 自去年10月以来: a month of last year starts it.
    static let lastYearStarts = WordSet(["去年", "上年", "前年"])

    /// 自“八五”普法实施以来，全镇已累计开展…: a 累计 after an earlier start's 以来
    /// counts several years. 今年以来累计, 2023年以来累计 in a 2023 report and
    /// 创建以来，全年累计 are this year's totals.
    func totalsSinceEarlierStart(in sentence: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
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
    func namesTime(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        !years(in: range, scalars).isEmpty || Self.namesMonth(in: range, scalars)
            || Self.thisYearStarts.occurs(in: range, of: scalars) || Self.lastYearStarts.occurs(in: range, of: scalars)
    }

    /// 3月, 十月, 元月, 3月份: a month with its number (每月 is no start).
    static func namesMonth(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        range.contains { index in
            scalars[index] == "月" && index > range.lowerBound
                && (CharacterClass.isDigit(scalars[index - 1]) || "一二三四五六七八九十元正".unicodeScalars.contains(scalars[index - 1]))
        }
    }

    /// The four-digit years (2022年) written in `range`.
    func years(in range: Range<Int>, _ scalars: [Unicode.Scalar]) -> [Int] {
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
    func mentionsEarlierYear(before number: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let reportYear else { return false }
        return years(in: max(0, number - 12)..<number, scalars).contains { $0 >= 1990 && $0 < reportYear }
    }
}
