import Normalize

/// Whether a phrase counts where it stands: the catalogue's veto words, object
/// lists it closes, and the audience of a phrase two indicators share.
extension MentionFinder {
    /// 对决策、规范性文件、合同等开展审查 / 对…决定及镇村合同开展审查: the phrase
    /// (noun … verb) closes a list of objects; the figure after it is theirs
    /// together, not this indicator's. A 、 right after a figure separates
    /// figures, not objects.
    func closesObjectList(_ hit: PhraseIndex.Hit, clauseStart: Int, _ scalars: [Unicode.Scalar], phraseEnds: Set<Int>) -> Bool {
        let phrase = scalars[hit.range]
        // A rate after another rate (出庭应诉率、依申请公开答复率) lists rates, not objects.
        let afterRate = hit.range.lowerBound >= 2 && scalars[hit.range.lowerBound - 1] == "、"
            && (scalars[hit.range.lowerBound - 2] == "率" || scalars[hit.range.lowerBound - 2] == "%")
        guard phrase.contains("等") || hit.compound, !(phrase.last == "率" && afterRate) else { return false }
        // 工程、采购、租赁等合同进行审查: the list names the phrase's own kinds.
        if hit.range.lowerBound > clauseStart, scalars[hit.range.lowerBound - 1] == "等" { return false }
        if phrase.contains("等") && hit.range.lowerBound > clauseStart && scalars[hit.range.lowerBound - 1] == "、" { return true }
        // 对拟签订的合同等开展审查: 等 right after the phrase's noun counts other kinds with it.
        if let gap = hit.gap, gap.lowerBound < gap.upperBound, scalars[gap.lowerBound] == "等" { return true }
        var probe = hit.range.lowerBound - 1
        while probe >= max(clauseStart, hit.range.lowerBound - 4) {
            let scalar = scalars[probe]
            if CharacterClass.isDigit(scalar) { return false }
            // 、 and 及 join objects; 和/与 are too often inside words (参与, 和谐) to tell. Not after
            // another indicator's phrase (人大代表建议、政协委员提案各2件) or a level (市、县人大代表建议).
            if scalar == "、" || scalar == "及" {
                return probe > clauseStart && !endsFigure(at: probe, scalars) && !phraseEnds.contains(probe)
                    && !(probe - 1 >= clauseStart && probe + 2 == hit.range.lowerBound
                         && Self.levels.contains(scalars[probe - 1]) && Self.levels.contains(scalars[probe + 1]))
            }
            probe -= 1
        }
        return false
    }

    private static let levels: Set<Unicode.Scalar> = ["省", "市", "县", "区", "镇", "乡"]

    /// Whether a measure word or % ends right before `position` (出具意见书26份、审核合同).
    func endsFigure(at position: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var index = position - 1
        while index >= 0, index >= position - 3, !CharacterClass.isDigit(scalars[index]) { index -= 1 }
        return index >= 0 && index >= position - 3 && CharacterClass.isDigit(scalars[index])
    }

    /// Every veto word before the phrase names a noticeboard (村务公开栏主动公开政府信息):
    /// a channel the township's own figure went through, not whose figure it is.
    static func namesANoticeboard(_ words: WordSet, before position: Int, within reach: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var sawBoard = false
        for end in max(0, position - reach)...position {
            for word in words.words where end >= word.count && WordSet.literal(word, in: scalars, at: end - word.count) {
                guard WordSet.literal(["公", "开", "栏"], in: scalars, at: end) || WordSet.literal(["栏"], in: scalars, at: end) else { return false }
                sawBoard = true
            }
        }
        return sawBoard
    }

    /// Where the last figure in `range` ends, when 的 stands right before it.
    static func afterModifiedFigure(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int? {
        guard let last = scalars[range].lastIndex(where: CharacterClass.isDigit) else { return nil }
        var first = last
        while first > range.lowerBound, CharacterClass.isDigit(scalars[first - 1]) { first -= 1 }
        return first > range.lowerBound && scalars[first - 1] == "的" ? last + 1 : nil
    }

    /// A shared phrase stays this indicator's unless its sentence names the
    /// other one's audience and its own clause names only this one's (为机关
    /// 干部举办法治讲座 stays; 为干部和居民举办 is the other one's).
    func keepsShared(_ hit: PhraseIndex.Hit, _ scalars: [Unicode.Scalar]) -> Bool {
        let compiled = catalogue.compiled[hit.indicator]
        guard !compiled.sharedVeto.isEmpty else { return true }
        let clause = Clause.clause(around: hit.range, in: scalars)
        if compiled.sharedKeep.occurs(in: clause, of: scalars), !compiled.sharedVeto.occurs(in: clause, of: scalars) { return true }
        return !compiled.sharedVeto.occurs(in: Clause.sentence(around: hit.range, in: scalars), of: scalars)
    }

    /// - Parameter noun: the phrase follows its figure. Words before a figure
    ///   that 的 makes a modifier are not right before the phrase (制发的2件规范性
    ///   文件开展了审查); a verb right before the figure is (起草3件规范性文件).
    func passesVetoes(_ hit: PhraseIndex.Hit, _ scalars: [Unicode.Scalar], noun: Bool = false, phraseEnds: Set<Int> = []) -> Bool {
        let compiled = catalogue.compiled[hit.indicator]
        let clauseStart = Clause.clauseStart(before: hit.range.lowerBound, in: scalars)
        let wordsStart = noun ? Self.afterModifiedFigure(clauseStart..<hit.range.lowerBound, scalars) ?? clauseStart : clauseStart
        // A list item (…引发的行政复议0件、行政诉讼0件) shares the words before the list.
        let listItem = hit.range.lowerBound > 0 && scalars[hit.range.lowerBound - 1] == "、"
        if closesObjectList(hit, clauseStart: wordsStart, scalars, phraseEnds: phraseEnds) { return false }
        let reach = listItem ? hit.range.lowerBound - wordsStart : min(6, hit.range.lowerBound - wordsStart)
        // 主动公开 is the government's own disclosure, whatever board it went on.
        if compiled.vetoBefore.endsBefore(hit.range.lowerBound, within: reach, in: scalars),
           !(WordSet.literal(["主", "动"], in: scalars, at: hit.range.lowerBound)
             && Self.namesANoticeboard(compiled.vetoBefore, before: hit.range.lowerBound, within: reach, scalars)) {
            return false
        }
        if hit.compound, compiled.vetoInGap.occurs(in: hit.range, of: scalars) { return false }
        if !compiled.vetoInClause.isEmpty,
           compiled.vetoInClause.occurs(in: Clause.clause(around: hit.range, in: scalars), of: scalars) {
            return false
        }
        return !compiled.vetoAfter.startsAfter(hit.range.upperBound, within: 3, in: scalars)
    }
}
