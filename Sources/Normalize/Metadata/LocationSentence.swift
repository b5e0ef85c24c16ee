import PipelineCore

/// The 基本情况 sentence that places the township in its county (石桥镇位于
/// 织金县东北部, 青石乡地处某某旗南部, 青山镇位于湘江北岸，隶属于某县): read
/// when nothing else names the county.
enum LocationSentence {
    private static let verbs = WordSet(["位于", "地处", "隶属于", "隶属"])
    /// Areas, not counties (位于东部山区, 地处城郊结合部的老城区).
    private static let areas = ["山区", "城区", "郊区", "林区", "牧区", "矿区", "库区", "景区", "园区", "辖区", "地区", "片区", "市区", "镇区"]
    /// What ends the prefecture before a county's name (赣州市兴国县, 黔南州长顺县, 锡林郭勒盟阿巴嘎旗).
    private static let prefectures: Set<Unicode.Scalar> = ["市", "州", "盟"]
    /// Numerals before a suffix count counties (三县交界), they do not name one.
    private static let counts: Set<Unicode.Scalar> = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "几", "多", "数", "各"]
    /// Words after the verb that place the township by distance or side (位于距某县城32公里处).
    private static let notNameStarts: Set<Unicode.Scalar> = ["距", "离", "在", "与", "于"]
    /// …or by nearness (地处临近县城的浅丘地带).
    private static let nearWords = ["临近", "靠近", "邻近", "紧邻", "毗邻"]

    static func county(of township: String, in scalars: [Unicode.Scalar]) -> String? {
        let name = Array(township.unicodeScalars)
        var index = 0
        while index + name.count < scalars.count {
            defer { index += 1 }
            guard WordSet.literal(name, in: scalars, at: index) else { continue }
            let sentenceEnd = min(scalars.count, index + name.count + 40)
            var position = index + name.count
            while position < sentenceEnd, !["。", "\n"].contains(scalars[position]) {
                if let verb = verbs.words.first(where: { WordSet.literal($0, in: scalars, at: position) }),
                   let county = county(after: position + verb.count, scalars) {
                    return county
                }
                position += 1
            }
        }
        return nil
    }

    /// The county (县, 区 or 旗) named right after a location verb, past its
    /// province and prefecture. A county-level 市 is not taken: it may be the prefecture.
    private static func county(after verbEnd: Int, _ scalars: [Unicode.Scalar]) -> String? {
        var from = verbEnd
        // 湖北省…, 内蒙古自治区…, 广西壮族自治区…: the province first.
        if let province = (from..<min(scalars.count, from + 9)).first(where: { endsProvince(at: $0, scalars) }),
           scalars[from...province].allSatisfy(CharacterClass.isHan) {
            from = province + 1
        }
        var end = from
        var marks: [Int] = []
        while end < min(scalars.count, from + 16), CharacterClass.isHan(scalars[end]) {
            if prefectures.contains(scalars[end]) || scalars[end] == "区" && end > from && scalars[end - 1] == "地" {
                marks.append(end)  // 赣州市, 黔南州, 锡林郭勒盟, 喀什地区
            } else if countySuffixes.contains(scalars[end]) {
                break
            }
            end += 1
        }
        guard end < scalars.count, end > from, countySuffixes.contains(scalars[end]) else { return nil }
        // The last mark with a name after it (株洲市攸县); a 州 needs two characters (not 通州区's).
        var start = marks.last { end - $0 > (scalars[$0] == "州" ? 2 : 1) }.map { $0 + 1 } ?? from
        // 乐山市市中区: the district's own 市.
        if end - start == 1, scalars[end] == "区", start > from, scalars[start - 1] == "市" { start -= 1 }
        let county = String(scalars: scalars[start...end])
        let placing = String(scalars: scalars[verbEnd..<start])
        guard !notNameStarts.contains(scalars[start]), !nearWords.contains(where: { county.hasPrefix($0) || nearness($0, in: placing) }),
              CountyNames.isPlausible(county), !areas.contains(where: county.hasSuffix),
              !county.contains("省"), !counts.contains(scalars[end - 1]),
              !WordSet.literal(Array("交界".unicodeScalars), in: scalars, at: end + 1) else { return nil }
        return county
    }

    private static let countySuffixes: Set<Unicode.Scalar> = ["县", "区", "旗"]

    /// A nearness word places the township beside what follows it (地处紧邻郴州市安仁县的丘陵),
    /// unless a 的 closes it first (位于毗邻重庆的四川省广安市邻水县: the county is its own).
    private static func nearness(_ word: String, in placing: String) -> Bool {
        guard let found = placing.range(of: word) else { return false }
        return !placing[found.upperBound...].contains("的")
    }

    /// 省, or the 区 of 自治区.
    private static func endsProvince(at index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        scalars[index] == "省" || scalars[index] == "区" && index >= 2 && scalars[index - 2] == "自" && scalars[index - 1] == "治"
    }
}
