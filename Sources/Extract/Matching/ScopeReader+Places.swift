import Normalize

/// Whose figure it is: the villages', one community's, a wider area's or another agency's.
extension ScopeReader {
    /// The villages' own figure (村级调委会共调解…3起), when it opens the clause
    /// or the sentence (村级调委会充分发挥作用，共调解…3起).
    static let villageLevel = WordSet(["村级"])
    /// One named village's or community's mediation body in the figure's own
    /// clause (，南岸村调委会全年调解…16起; 其中梧桐社区调解室…; 浦景社区“老娘舅”调解工作室…),
    /// not an anecdote in the clause before a township total. The name is two or
    /// three characters after a pause (or 其中): 各村调委会 and 村调委会、镇调委会
    /// name no village; a named 调解工作室 alone is often the township's own.
    static let places = WordSet(["村", "社区"])
    static let mediationBodies = WordSet(["调委会", "调解委员会", "人民调解委员会", "调解室", "调解工作室"])
    static let notNames: Set<Unicode.Scalar> = ["各", "全", "镇", "乡", "两", "级", "本", "该", "个", "和", "及", "与"]
    /// Verbs before a committee of all villages (依托村调委会, 指导社区调委会, 发挥村调委会作用).
    static let verbsBeforeBodies = WordSet(["依托", "指导", "发挥", "通过", "组织", "协调", "联合", "督促", "推动", "依靠", "借助", "整合"])
    static let wholeArea = WordSet(["全镇", "全乡", "全街", "全域", "辖区", "两级", "镇调委会", "乡调委会", "街道调委会", "镇调解委员会"])

    static func namesOneVillage(in clause: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
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

    /// A county bureau's station, the police or a court as the clause's subject (市场监管所立案查处…,
    /// 辖区派出所…), not as a partner (执法队联合市场监管所…查处).
    static func opensWithAnotherAgency(_ clause: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        let head = clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 10)
        guard let agency = agencies.words.compactMap({ word in
            head.first { WordSet.literal(word, in: scalars, at: $0) }
        }).min() else { return false }
        // Only its owner may stand before it (辖区, 镇, 区市场监管局X): no verb that makes it an object.
        return !notSubjects.occurs(in: clause.lowerBound..<agency, of: scalars)
    }

    static let agencies = WordSet(["派出所", "市场监管所", "市场监管局", "人民法院", "法庭", "公安局"])
    static let notSubjects = WordSet(["联合", "会同", "协同", "配合", "协助", "与", "和", "指导", "组织", "收到", "邀请", "由", "向",
                                              "对", "经", "通过", "依托", "借助", "推动", "督促", "、", "及", "在", "到", "赴"])

    /// A county or city named as the subject of a total (朝阳区全年累计开展…, 深圳市全年…).
    static func opensWithCountyTotal(_ clause: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        guard clause.count >= 3 else { return false }
        for end in (clause.lowerBound + 2)..<min(clause.lowerBound + 7, clause.upperBound)
            where CountyNames.suffixes.contains(scalars[end]) && CountyNames.isPlausible(String(scalars: scalars[clause.lowerBound...end])) {
            return totalWordsAfterName.prefixes(scalars[(end + 1)...])
        }
        return false
    }

    static let totalWordsAfterName = WordSet(["全年", "共", "累计", "全域"])
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
