import PipelineCore

/// The 基本情况 sentence that places the township in its county (石桥镇位于
/// 织金县东北部, 青石乡地处某某旗南部, 隶属于某县): read when nothing else
/// names the county.
enum LocationSentence {
    private static let verbs = WordSet(["位于", "地处", "隶属于", "隶属"])
    /// Areas, not counties (位于东部山区, 地处城郊结合部的老城区).
    private static let areas = ["山区", "城区", "郊区", "林区", "牧区", "矿区", "库区", "景区", "园区", "辖区", "地区", "片区", "市区", "镇区"]

    static func county(of township: String, in scalars: [Unicode.Scalar]) -> String? {
        let name = Array(township.unicodeScalars)
        var index = 0
        while index + name.count < scalars.count {
            defer { index += 1 }
            guard WordSet.literal(name, in: scalars, at: index) else { continue }
            var start = index + name.count
            guard let verb = verbs.words.first(where: { WordSet.literal($0, in: scalars, at: start) }) else { continue }
            start += verb.count
            guard var end = CountyNames.countyName(from: start, scalars) else { continue }
            // 位于毕节市织金县: the county after its city.
            if scalars[end] == "市", let county = CountyNames.countyName(from: end + 1, scalars), scalars[county] != "市" {
                start = end + 1
                end = county
            }
            let county = String(scalars: scalars[start...end])
            // A 市 alone may be the prefecture.
            guard scalars[end] != "市", CountyNames.isPlausible(county), !areas.contains(where: county.hasSuffix) else { continue }
            return county
        }
        return nil
    }
}
