import PipelineCore

/// Finds the township a report is about and its county-level parent.
///
/// Township names are read backwards from their suffix (镇, 乡, 街道, 苏木)
/// and voted on: the true name recurs with many different left contexts
/// ("2023年度木渎镇", "，木渎镇", "吴中区木渎镇人民政府"), while prefixes
/// glued to it ("年度木渎") occur once. Mentions in the title block, the
/// signature block or before 人民政府/党委/办事处 weigh more.
struct PlaceNames {
    struct Township: Equatable {
        let name: String
        let county: String?
    }

    private let scalars: [Unicode.Scalar]
    private let titleEnd: Int
    private let openingEnd: Int
    private let signatureStart: Int

    /// - Parameters: `titleEnd` / `signatureStart`: offsets bounding the title
    ///   block and the signature block, where a name mention counts more;
    ///   `openingEnd`: the end of the body's first sentence ("2023年，木渎镇坚持…"),
    ///   whose subject is the township too.
    init(_ scalars: [Unicode.Scalar], titleEnd: Int, openingEnd: Int, signatureStart: Int) {
        self.scalars = scalars
        self.titleEnd = titleEnd
        self.openingEnd = max(titleEnd, openingEnd)
        self.signatureStart = signatureStart
    }

    /// 街 alone is Guangzhou's short form of 街道 (鹤龙街); elsewhere it is a street.
    private static let suffixes: [(written: [Unicode.Scalar], kept: String)] = [
        (Array("街道办事处".unicodeScalars), "街道"), (Array("街道".unicodeScalars), "街道"),
        (Array("苏木".unicodeScalars), "苏木"), (["镇"], "镇"), (["乡"], "乡"), (["街"], "街"),
    ]
    private static let people = Array("人民".unicodeScalars)
    /// What follows a township's name when it acts as an institution.
    private static let institutions = ["人民政府", "政府", "党委", "办事处", "委员会", "党工委", "人大", "党政"]
        .map { Array($0.unicodeScalars) }
    /// Institutions named in full, which an abbreviated 镇 (镇政府) rarely precedes.
    private static let fullInstitutions = ["人民政府", "办事处", "党委", "党工委", "委员会"].map { Array($0.unicodeScalars) }
    /// Characters that end a county-level name.
    static let countySuffixes = CountyNames.suffixes
    /// Words glued before a name that are not part of it.
    private static let leadingNoise: Set<Unicode.Scalar> = [
        "年", "度", "于", "送", "的", "在", "对", "与", "和", "及", "是", "将", "为", "由", "全", "我", "本", "各", "该", "共", "中", "省",
        "推", "动", "进", "促",  // 推动岩山镇法治建设
    ]
    /// Noise glued before a longer name, but the first character of many
    /// two-character ones (中村乡, 和平镇, 共和镇).
    private static let nameInitials: Set<Unicode.Scalar> = ["中", "和", "共", "进"]
    /// A name never ends in these (推进全镇, 我们各乡), nor in the verbs and
    /// prepositions that stand before a bare 镇/乡/街道 used as an abbreviation
    /// (纳入镇党委, 由乡人民政府, 成立以镇长为组长, 召开街道党工委会议,
    /// 统筹推进街道、社区, 贯穿于街道工作, 担任镇领导小组组长).
    /// 和 may end one (仁和镇, 太和乡).
    private static let trailingNoise: Set<Unicode.Scalar> = [
        "全", "我", "本", "各", "该", "每", "此", "两", "多", "等", "个", "的", "与", "及",
        "入", "由", "以", "在", "到", "向", "对", "把", "将", "从", "给", "被", "经", "报", "开", "进", "于", "任",
    ]
    /// What ends an institution or place joined to the township's own by 和.
    private static let bodiesBeforeAnd: Set<Unicode.Scalar> = ["委", "府", "县", "区", "市", "镇", "乡", "道", "街"]
    /// Two-character "names" that are ordinary words before 镇/乡.
    private static let notNames: Set<String> = [
        "小城", "城乡", "乡村", "重点", "特色", "文化", "中心", "建制", "全国", "历史", "名", "城", "集", "村", "乡", "强", "美丽",
        "县城", "各乡", "全乡", "我乡", "本乡", "下乡", "家乡", "农村", "城市", "市县", "区县",
        "法治",  // 依法治镇, 法治乡村, 法治街道: the rule of law in a township, not its name
        "政府",  // 人民政府乡长: the head's title after the government's name
        "中共",  // 中共镇党委
        // Verbs before an abbreviated 镇/街道 (确保镇党委政府工作合法, 结合街道实际).
        "确保", "结合", "围绕", "立足", "聚焦", "助力", "服务", "配合", "协助", "督促", "指导", "组织", "召开", "成立", "建立", "实现",
    ]

    func township() -> Township? {
        var votes: [String: (weight: Int, firstSeen: Int, mentions: Int, anchored: Bool)] = [:]
        var countyBefore: [String: [String]] = [:]
        let suffixStarts = Self.suffixStarts  // read once: a static is an accessor call per use
        var index = 0
        while index < scalars.count {
            guard suffixStarts.contains(scalars[index]), let (suffix, length) = suffix(at: index) else { index += 1; continue }
            defer { index += length }
            if suffix == "乡" || suffix == "镇", isCompoundWord(at: index, length: length),
               !namesTown(endingWithWordAt: index) { continue }
            if suffix == "街", index + 1 < scalars.count && scalars[index + 1] == "街"
                || !(isAnchored(index) || actsAsInstitution(after: index + length)) { continue }  // 北城街街道: a name
            let sumu = suffix == "苏木"
            let left = leftRun(endingAt: index, sumu: sumu)
            guard !left.isEmpty else { continue }
            let weight = weight(at: index, after: index + length)
            // Supported by its place, or by a full institution after it (X镇人民政府).
            let anchored = isAnchored(index) || followsYearComma(nameEndingAt: index)
                || Self.fullInstitutions.contains { matches($0, at: index + length) }
            for name in candidateNames(left, sumu: sumu) {
                let key = name + suffix
                let vote = votes[key] ?? (0, index, 0, false)
                votes[key] = (vote.weight + weight, vote.firstSeen, vote.mentions + 1, vote.anchored || anchored)
                if let county = county(endingBefore: index - name.unicodeScalars.count) {
                    countyBefore[key, default: []].append(county)
                }
            }
        }
        // A name the report states once, outside its title, opening sentence and
        // signature and not before 人民政府/党委, is more likely a verb phrase
        // before an abbreviated 镇 (通过镇政府网站公开).
        let supported = votes.filter { $0.value.mentions >= 2 || $0.value.anchored }
        guard var best = chooseName(supported.mapValues { ($0.weight, $0.firstSeen) }) else { return nil }
        if best.hasSuffix("街"), votes[best + "道"] != nil { best += "道" }  // the short form of a name also written in full
        let county = countyBefore[best].flatMap(mostFrequent)
        return Township(name: best, county: county)
    }

    /// Longest candidate whose support is close to that of its shorter
    /// suffixes ("白马湖" over "马湖"), among the best supported.
    private func chooseName(_ votes: [String: (weight: Int, firstSeen: Int)]) -> String? {
        let ranked = votes.sorted { lhs, rhs in
            lhs.value.weight != rhs.value.weight ? lhs.value.weight > rhs.value.weight : lhs.value.firstSeen < rhs.value.firstSeen
        }
        guard var best = ranked.first, best.value.weight >= 2 || votes.count == 1 else { return nil }
        for candidate in ranked where candidate.key.count > best.key.count && candidate.key.hasSuffix(best.key)
            && candidate.value.weight * 4 >= best.value.weight * 3 {
            best = candidate
        }
        return best.key
    }

    private static let suffixStarts = ScalarBitmap(suffixes.map { $0.written[0] })

    private func suffix(at index: Int) -> (String, Int)? {
        // Compare the first scalar before matching whole suffixes.
        let first = scalars[index]
        for suffix in Self.suffixes where suffix.written[0] == first && matches(suffix.written, at: index) {
            return (suffix.kept, suffix.written.count)
        }
        return nil
    }

    /// In the title block, the opening sentence or the signature block.
    private func isAnchored(_ index: Int) -> Bool {
        index < openingEnd || index >= signatureStart
    }

    /// 城镇 and 集镇 are words, but also the end of names (通城镇, 王集镇): where
    /// the word never stands — title block, before 人民政府/党委 or a year
    /// (现将宝城镇2025年度…), as the opening's subject (2025年，宝城镇坚持…) — a name.
    private func namesTown(endingWithWordAt index: Int) -> Bool {
        guard index > 0, scalars[index] == "镇", scalars[index - 1] == "城" || scalars[index - 1] == "集" else { return false }
        return index < titleEnd || actsAsInstitution(after: index + 1)
            || (index + 1 < scalars.count && CharacterClass.isDigit(scalars[index + 1]))
            || followsYearComma(nameEndingAt: index)
    }

    /// "2025年，X城镇": the name (two or three characters) right after a year
    /// and a comma, where a report's subject stands (2024年,巨野河街道以…为指导).
    private func followsYearComma(nameEndingAt end: Int) -> Bool {
        (2...3).contains { length in
            let comma = end - length - 1
            return comma >= 1 && (scalars[comma] == "," || scalars[comma] == "，") && scalars[comma - 1] == "年"
                && scalars[(comma + 1)..<end].allSatisfy(CharacterClass.isHan)
        }
    }

    private static let townWords: Set<Unicode.Scalar> = ["情", "级", "域", "直", "属"]

    /// 乡镇, 镇村, 乡村, 城乡 are not township names.
    private func isCompoundWord(at index: Int, length: Int) -> Bool {
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + length < scalars.count ? scalars[index + length] : " "
        if Self.townWords.contains(after) { return true }  // 镇情, 镇级, 乡情: words, not names
        if scalars[index] == "乡" { return after == "镇" || after == "村" || after == "贤" || after == "风" || after == "土" || before == "城" || before == "下" }
        return before == "乡" || before == "城" || before == "集" || after == "村"
    }

    private func weight(at start: Int, after end: Int) -> Int {
        var weight = 1
        if start < titleEnd { weight += 3 } else if start < openingEnd || followsYearComma(nameEndingAt: start) { weight += 2 }  // "2023年，X镇坚持…"
        if start >= signatureStart { weight += 3 }
        if actsAsInstitution(after: end) { weight += 2 }
        return weight
    }

    private func actsAsInstitution(after end: Int) -> Bool {
        Self.institutions.contains { matches($0, at: end) }
    }

    /// Up to five Han characters right before `end` (seven before an ethnic
    /// township's 族: 罗子山瑶族乡, or a 苏木), stopping after a county suffix once two
    /// name characters are collected, and after 政府 ("海淀区人民政府田村路街道办事处").
    private func leftRun(endingAt end: Int, sumu: Bool) -> [Unicode.Scalar] {
        var start = end
        let longest = end > 0 && scalars[end - 1] == "族" || sumu ? 7 : 5
        while start > 0, end - start < longest, CharacterClass.isHan(scalars[start - 1]) {
            if end - start >= 2, Self.countySuffixes.contains(scalars[start - 1]) { break }
            if end - start >= 2, endsGovernment(at: start) { break }
            start -= 1
        }
        return Array(scalars[start..<end])
    }

    /// 政府 ends right before `index`.
    private func endsGovernment(at index: Int) -> Bool {
        index >= 2 && scalars[index - 2] == "政" && scalars[index - 1] == "府"
    }

    /// The 2–4 character tails of a left run that could be a name (up to 6
    /// for a 族 township or a 苏木, whose Mongolian names are long: 巴彦乌拉).
    private func candidateNames(_ left: [Unicode.Scalar], sumu: Bool) -> [String] {
        var names: [String] = []
        let longest = left.last == "族" || sumu ? 6 : 4
        for length in 2...min(longest, max(2, left.count)) where length <= left.count {
            let tail = left.suffix(length)
            if Self.leadingNoise.contains(tail.first!), length > 2 || !Self.nameInitials.contains(tail.first!) { break }
            let name = String(scalars: tail)
            if Self.notNames.contains(name) { break }
            if Self.trailingNoise.contains(tail.last!) { break }
            // 和 ends names (仁和镇) but not "县委和镇党委", "政府和镇政府".
            if tail.last == "和", Self.bodiesBeforeAnd.contains(tail[tail.index(before: tail.endIndex - 1)]) { break }
            names.append(name)
        }
        return names
    }

    /// A county-level name (张家港市, 吴中区, 滑县) ending right before `end`,
    /// or before the 人民政府 there ("鲤城区人民政府金龙街道").
    func county(endingBefore end: Int) -> String? {
        var end = end
        if endsGovernment(at: end) { end -= end >= 4 && matches(Self.people, at: end - 4) ? 4 : 2 }
        guard end >= 2, Self.countySuffixes.contains(scalars[end - 1]) else { return nil }
        var start = end - 1
        // An autonomous county's name is long (石柱土家族自治县), and so is a banner's (科尔沁右翼中旗).
        let longest = end >= 3 && scalars[end - 3] == "自" && scalars[end - 2] == "治" ? 9 : scalars[end - 1] == "旗" ? 6 : 5
        while start > 0, end - start <= longest, CharacterClass.isHan(scalars[start - 1]),
              !["省", "市", "州", "盟", "年", "度"].contains(scalars[start - 1]) || end - start < 2 {
            start -= 1
        }
        if end - start > 3, scalars[start] == "中", scalars[start + 1] == "共" { start += 2 }  // 中共渠县宝城镇委员会
        // A long autonomous-county walk may take in the words before it (关于…, …委员会).
        for word in Self.beforeCounties {
            if start < end - 3, let cut = word.lastEnd(in: start..<(end - 3), of: scalars) { start = cut }
        }
        let name = String(scalars: scalars[start..<end])
        return CountyNames.isPlausible(name) ? name : nil
    }

    private static let beforeCounties = ["关于", "委员会", "政府", "中共"].map { WordSet([$0]) }

    private func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + word.count <= scalars.count else { return false }
        for offset in word.indices where scalars[index + offset] != word[offset] { return false }
        return true
    }

    private func mostFrequent(_ names: [String]) -> String? {
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
