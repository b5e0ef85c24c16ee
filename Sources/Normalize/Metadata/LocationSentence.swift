import PipelineCore

/// The 基本情况 sentence that places the township in its county (石桥镇位于
/// 织金县东北部, 青石乡地处某某旗南部, 青山镇位于湘江北岸，隶属于某县): read
/// when nothing else names the county.
enum LocationSentence {
    private static let verbs = WordSet(["位于", "地处", "隶属于", "隶属"])
    /// Areas, not counties (位于东部山区, 地处城郊结合部的老城区).
    private static let areas = ["山区", "城区", "郊区", "林区", "牧区", "矿区", "库区", "景区", "园区", "辖区", "地区", "片区", "市区", "镇区"]
    /// Prefecture-level words a county name may follow (黔南州长顺县, 锡林郭勒盟阿巴嘎旗, 衡阳市衡南县).
    private static let prefectures: Set<Unicode.Scalar> = ["市", "州", "盟"]

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

    /// The county named right after a location verb, past its prefecture.
    private static func county(after verbEnd: Int, _ scalars: [Unicode.Scalar]) -> String? {
        var start = verbEnd
        // Up to two prefecture names before the county (毕节市织金县, 锡林郭勒盟阿巴嘎旗,
        // 恩施土家族苗族自治州来凤县).
        for _ in 0..<2 {
            guard let prefecture = (start + 1..<min(start + 11, scalars.count)).first(where: { prefectures.contains(scalars[$0]) }),
                  scalars[start..<prefecture].allSatisfy(CharacterClass.isHan),
                  CountyNames.countyName(from: prefecture + 1, scalars, longest: 8) != nil else { break }
            start = prefecture + 1
        }
        guard let end = CountyNames.countyName(from: start, scalars, longest: 8) else { return nil }
        let county = String(scalars: scalars[start...end])
        // A 市 alone may be the prefecture; 川黔两省三县交界处 and 两县 name no county.
        guard scalars[end] != "市", CountyNames.isPlausible(county), !areas.contains(where: county.hasSuffix),
              !county.contains("省"), !counts.contains(scalars[end - 1]),
              !WordSet.literal(Array("交界".unicodeScalars), in: scalars, at: end + 1) else { return nil }
        return county
    }

    /// Numerals before a suffix count counties (三县交界), they do not name one.
    private static let counts: Set<Unicode.Scalar> = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "几", "多", "数", "各"]
}
