import Normalize

/// Zeros stated in words: 全年未发生行政复议案件, 未收到政府信息公开申请,
/// 行政诉讼零发生. Only for an indicator phrase that claimed no figure, and
/// only with the negation right around it: 未发生重大群体性事件 names no
/// indicator, and 无行政诉讼败诉 is vetoed by the catalogue (败诉).
enum ZeroStatements {
    /// Negations that reach a whole clause; 无 binds only what follows it.
    private static let farNegationWords = ["未发生", "未收到", "未接到", "未接收到", "未出现", "未有", "没有", "暂无", "未作出", "未被提起", "未被",
                                           "未办理", "未受理", "未查处"]
    private static let negationsBefore = WordSet(farNegationWords + ["无"])
    private static let farNegations = WordSet(farNegationWords)
    private static let near = WordSet(["无"])
    private static let zerosAfter = WordSet(["零发生", "为零", "为0", "“零”", "\"零\"", "实现零"])

    /// Whether the clause around `phrase` says there were none.
    static func saysNone(_ phrase: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let clauseStart = Clause.clauseStart(before: phrase.lowerBound, in: scalars)
        // 对情节轻微的4起违法行为依法未作出行政处罚: about those cases, not none at all.
        if scalars[clauseStart] == "对" { return false }
        // 未发生以镇政府为被告的行政复议、行政诉讼案件: the second case kind shares the first one's negation.
        if phrase.lowerBound >= 3, listJoiners.contains(scalars[phrase.lowerBound - 1]),
           pairedCases.endsBefore(phrase.lowerBound - 1, within: 0, in: scalars)
            || pairedCaseItems.endsBefore(phrase.lowerBound - 1, within: 0, in: scalars),
           farNegations.occurs(in: clauseStart..<(phrase.lowerBound - 1), of: scalars),
           !narrowsBefore(clauseStart..<(phrase.lowerBound - 1), scalars) {
            return true
        }
        let reach = min(8, phrase.lowerBound - clauseStart)
        // 未发生因合同引发的纠纷: the phrase names the cause of what is negated.
        if phrase.lowerBound > 0, scalars[phrase.lowerBound - 1] == "因" { return false }
        if negationsBefore.endsBefore(phrase.lowerBound, within: reach, in: scalars) {
            // 未发生因执法不当引发的行政复议: none of one cause's cases, not none at all.
            return !negatesSomethingElse(before: phrase.lowerBound, from: clauseStart, scalars)
                && !narrowsBefore(clauseStart..<phrase.lowerBound, scalars)
        }
        if zerosAfter.startsAfter(phrase.upperBound, within: 3, in: scalars) {
            return !narrowsBefore(clauseStart..<phrase.lowerBound, scalars)
        }
        // 行政复议、行政诉讼案件均为零: an item of a list the zero covers, unless
        // the list narrows the cases (行政复议、行政诉讼败诉案件均为零).
        // (行政复议案件和检察建议均为零, 行政复议案件数、…: the item's own 案件 or 案件数 may stand before the joiner.)
        var itemEnd = phrase.upperBound
        if caseWords.startsAfter(itemEnd, within: 0, in: scalars) { itemEnd += 2 }
        let closed = itemEnd > phrase.upperBound || scalars[phrase].suffix(2).elementsEqual("案件".unicodeScalars)
        if closed, itemEnd < scalars.count, scalars[itemEnd] == "数" { itemEnd += 1 }
        guard itemEnd < scalars.count, listJoiners.contains(scalars[itemEnd]) else { return false }
        let rest = itemEnd..<Clause.clauseEnd(after: itemEnd, in: scalars)
        // Narrowing words before the list (因执法引发的…) cover every item. After it: an item closed by its
        // own 案件 is narrowed only by words after the list's last 案件 (…案件被纠错数量均为零), unless a
        // joiner makes them one more item (…案件和被撤销的行政执法决定均为零); an open item by any.
        let narrowedAfter: Bool
        if closed, let lastCase = ScopeReader.lastCaseWord(in: rest, of: scalars).map({ $0 + 2 }) {
            narrowedAfter = narrowing.occurs(in: lastCase..<rest.upperBound, of: scalars)
                && !(lastCase < rest.upperBound && listJoiners.contains(scalars[lastCase]))
        } else if !closed, let firstCase = ScopeReader.firstCaseWord(in: rest, of: scalars) {
            // An open item ends at the list's first 案件 (行政复议、行政诉讼案件及…被撤销案件均为零):
            // narrowed by words before it, or after it unless a joiner opens one more item.
            let after = (firstCase + 2)..<rest.upperBound
            narrowedAfter = narrowing.occurs(in: itemEnd..<firstCase, of: scalars)
                || (narrowing.occurs(in: after, of: scalars) && !(firstCase + 2 < rest.upperBound && listJoiners.contains(scalars[firstCase + 2])))
        } else {
            narrowedAfter = !closed && narrowing.occurs(in: rest, of: scalars)
        }
        return listZeros.occurs(in: rest, of: scalars) && !narrowedAfter && !narrowsBefore(clauseStart..<phrase.lowerBound, scalars)
    }

    private static let listJoiners: Set<Unicode.Scalar> = ["、", "和", "及", "与"]
    private static let caseWords = WordSet(["案件", "事项"])
    private static let listZeros = WordSet(["为零", "均为0", "都为零", "均为“零”", "零发生", "实现零"])
    private static let narrowing = WordSet(["败诉", "纠错", "撤销", "确认违法", "引发"])

    /// A narrowing word before the phrase that 的 makes a modifier of what follows
    /// (因执法不当引发的…), or right before it (征地引发行政诉讼); not one in an earlier
    /// item of its own (行政执法案件被撤销数、…).
    private static func narrowsBefore(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        range.contains { start in
            narrowing.words.contains { word in
                let end = start + word.count
                return WordSet.literal(word, in: scalars, at: start) && end <= range.upperBound
                    && (end == range.upperBound || scalars[end..<min(end + 2, range.upperBound)].contains("的"))
            }
        }
    }

    /// "无" binds only when close: 无行政复议 yes, 无一例…行政复议 no, “无讼村居”创建和
    /// 法律援助 no; across the pair of reviews and suits it does (无行政复议、行政诉讼案件).
    private static func negatesSomethingElse(before start: Int, from clauseStart: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        if farNegations.endsBefore(start, within: min(8, start - clauseStart), in: scalars) { return false }
        if start >= 3, ["、", "和", "及"].contains(scalars[start - 1]), pairedCases.endsBefore(start - 1, within: 0, in: scalars) {
            return false
        }
        return !near.endsBefore(start, within: 1, in: scalars)
    }

    private static let pairedCases = WordSet(["复议", "诉讼"])
    /// …行政诉讼案件和行政复议案件: the first kind closed by its own 案件.
    private static let pairedCaseItems = WordSet(["复议案件", "诉讼案件"])
}
