import PipelineCore

/// County-level names as they appear in reports (张家港市, 吴中区, 祁县,
/// 科尔沁右翼前旗), and the look-alike words that are not counties.
public enum CountyNames {
    /// What a county-level name ends with.
    public static let suffixes = ScalarBitmap(["市", "区", "县", "旗"])

    /// Words ending in 市/区/县 that name no county.
    private static let notCounties: Set<String> = [
        "社区", "园区", "小区", "城区", "辖区", "片区", "景区", "街区", "校区", "厂区", "山区", "地区", "市区", "郊区", "库区", "矿区",
        "新区", "老区", "功能区", "开发区", "示范区", "保护区", "试验区", "工业区", "风景区", "商业区", "集聚区", "主城区", "老城区",
        "全市", "我市", "本市", "该市", "全区", "我区", "本区", "该区", "全县", "我县", "本县", "该县", "各区", "各县", "各市",
        "城市", "都市", "超市", "集市", "上市", "县市区", "市县区", "区县", "市县", "郡县", "州市", "城市区",
        // Municipalities are province-level: their townships' county is the district after them.
        "北京市", "天津市", "上海市", "重庆市",
    ]

    /// (Not 和: 和县 is a county.)
    private static let prepositions: Set<Unicode.Scalar> = ["在", "对", "于", "向", "由", "从", "到", "赴", "经"]

    public static func isPlausible(_ name: String) -> Bool {
        let count = name.unicodeScalars.count
        // 石柱土家族自治县 and 科尔沁左翼后旗 are long; 在县 (在县全面依法治县办) is a preposition before 县.
        let longest = name.hasSuffix("自治县") || name.hasSuffix("旗") ? 10 : 6
        guard count >= 2, count <= longest, !notCounties.contains(name),
              !(count == 2 && prepositions.contains(name.unicodeScalars.first!)) else { return false }
        return !notCounties.contains(where: { $0.unicodeScalars.count >= 3 && name.hasSuffix($0) })
            && !name.hasSuffix("社区") && !name.hasSuffix("园区") && !name.hasSuffix("小区")
    }

    /// A county-level name at the start of `line` followed by 人民政府 or 委
    /// (an addressee such as "张家港市人民政府：", "中共渠县县委：").
    static func addressee(_ line: String) -> String? {
        guard line.hasSuffix(":") || line.hasSuffix("：") else { return nil }
        var scalars = Array(line.unicodeScalars)
        if scalars.starts(with: ["中", "共"]) { scalars.removeFirst(2) }  // 中共渠县县委
        var index = 0, start = 0
        // Up to ten characters: 科尔沁左翼后旗人民政府：
        while index < scalars.count, index < 10, CharacterClass.isHan(scalars[index]) {
            if PlaceNames.countySuffixes.contains(scalars[index]), index > start {
                let rest = String(scalars: scalars[(index + 1)...])
                // 渠县县委: the county's own suffix again before 委.
                let ownCommittee = String(scalars[index]) + "委"
                if ["人民政府", "政府", "委", "全面依法治", ownCommittee].contains(where: rest.hasPrefix) {
                    let name = String(scalars: scalars[start...index])
                    // 旗委全面依法治旗委员会办公室: a committee's office, no name.
                    return isPlausible(name) && !name.contains("委") ? name : nil
                }
            }
            // 鄂尔多斯市伊金霍洛旗人民政府, 锡林郭勒盟正蓝旗…: the county after its city or league.
            if scalars[index] == "市" || scalars[index] == "盟" { start = index + 1 }
            index += 1
        }
        return nil
    }

    /// The county most often named at the start of a cited document title
    /// (《启东市2023年法治政府建设工作计划》, 《2020年张家港市…要点》): townships
    /// cite their county's plans, and the 《 gives the name a clean left edge.
    /// A city's district after it is the county (《深圳市龙华区…》); a
    /// regulation's title (《武汉市…条例》) names its issuer, not the county.
    static func mostCitedInTitles(_ scalars: [Unicode.Scalar]) -> String? {
        var cited: [String] = []
        for index in scalars.indices where scalars[index] == "《" {
            var start = index + 1
            if start + 2 <= scalars.count, scalars[start] == "中", scalars[start + 1] == "共" { start += 2 }
            if start + 5 <= scalars.count, DateReader.year(endingBefore: start + 4, in: scalars) != nil,
               scalars[start + 4] == "年" {
                start += 5
            }
            guard let end = countyName(from: start, scalars), !citesRegulation(from: end, scalars) else { continue }
            // A district of two to four characters (全面依法治市委员会 is no district).
            let district = scalars[end] == "市" ? countyName(from: end + 1, scalars).flatMap { $0 - end <= 4 ? $0 : nil } : nil
            let name = String(scalars: scalars[(district.map { _ in end + 1 } ?? start)...(district ?? end)])
            if isPlausible(name) { cited.append(name) }
        }
        return mostNamed(cited)
    }

    /// The name written most; on a tie, the one written first.
    private static func mostNamed(_ names: [String]) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        for (order, name) in names.enumerated() {
            let seen = counts[name] ?? (0, order)
            counts[name] = (seen.count + 1, seen.first)
        }
        return counts.min { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }?.key
    }

    /// The county whose committee and government lead the township, named
    /// with both (在文峰区委、区政府的坚强领导下, 中共海宁市委、海宁市人民政府):
    /// a township answers to its county. The name needs a clean left edge (在,
    /// 按照, 根据, 中共), so 在区委、区政府 names none, and neither does a verb
    /// before the committee (，认真落实县委、县政府部署) nor 上级/新一届/市委和.
    /// A district, county or banner (the first) when `cities` is false; else
    /// the city named most (在绍兴市委、市政府和诸暨市委…，中共诸暨市委…), which
    /// may be the prefecture and so ranks below a county cited in titles.
    static func leading(_ scalars: [Unicode.Scalar], cities wantsCities: Bool) -> String? {
        var cities: [String] = []
        for index in scalars.indices.dropFirst(2) where scalars[index] == "委" && PlaceNames.countySuffixes.contains(scalars[index - 1])
            && (scalars[index - 1] == "市") == wantsCities {
            guard let name = nameBeforeCommittee(suffixAt: index - 1, scalars),
                  joinsGovernment(after: index + 1, suffix: scalars[index - 1], name: name, scalars) else { continue }
            let county = String(scalars: name) + String(scalars[index - 1])
            guard isPlausible(county), confirmed(name, county: county, scalars) else { continue }
            if !wantsCities { return county }
            cities.append(county)
        }
        return mostNamed(cities)
    }

    /// What may stand right before a leading county's name; 和 only after
    /// another government (市政府和西林区委), as names start with it (和平区).
    private static let leftEdges = WordSet(["在", "按照", "根据", "由", "中共", "府和", "府及"])

    /// The name between a county suffix and the nearest left edge within
    /// five characters (eight for an autonomous county); nil when that edge
    /// is right before the suffix (在区委) or there is none.
    private static func nameBeforeCommittee(suffixAt suffix: Int, _ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        let longest = suffix >= 2 && scalars[suffix - 2] == "自" && scalars[suffix - 1] == "治" ? 8 : 5
        var start = suffix
        while !leftEdges.endsBefore(start, within: 0, in: scalars) {
            guard start > 0, CharacterClass.isHan(scalars[start - 1]), suffix - start < longest else { return nil }
            start -= 1
        }
        let name = scalars[start..<suffix]
        // 在新一届县委, 按照上级县委, 在市委和区委: no names. 和 may start one (和平县).
        guard !name.isEmpty, !name.contains(where: notInNames.contains), !name.dropFirst().contains("和") else { return nil }
        return name
    }

    private static let notInNames: Set<Unicode.Scalar> = ["委", "届", "级"]

    /// Verbs and times stand where names do (在贯彻落实县委…, 根据年初区委…): a
    /// name without their characters, of two or three characters (扎赉特旗),
    /// an autonomous county's, or one the report writes again.
    private static func confirmed(_ name: ArraySlice<Unicode.Scalar>, county: String, _ scalars: [Unicode.Scalar]) -> Bool {
        // 在贯彻落实县委 is often written twice: verb characters rule a name out at any length.
        if name.contains(where: verbCharacters.contains) || notNames.contains(String(scalars: name)) { return false }
        if name.count <= 3 || name.suffix(2).elementsEqual(["自", "治"]) { return true }
        let written = Array(county.unicodeScalars)
        return scalars.indices.lazy.filter { WordSet.literal(written, in: scalars, at: $0) }.prefix(2).count == 2
    }

    private static let notNames: Set<String> = [
        "年初", "今年", "年底", "当年", "上级", "本级", "同级", "深入", "全面", "坚决", "进一步",
        "服务", "配合", "围绕", "紧扣", "聚焦", "对标", "结合", "对照", "依据", "遵照",
    ]
    /// Characters of the stock verbs and times before a committee (贯彻落实, 认真, 按照, 年初), in no county's name.
    private static let verbCharacters: Set<Unicode.Scalar> = ["贯", "彻", "落", "实", "认", "真", "初", "今", "按", "照", "推", "执"]

    /// 、区政府 / 和县人民政府 / 、海宁市人民政府 after the committee.
    private static func joinsGovernment(after position: Int, suffix: Unicode.Scalar, name: ArraySlice<Unicode.Scalar>,
                                        _ scalars: [Unicode.Scalar]) -> Bool {
        guard position < scalars.count, ["、", "和", "及"].contains(scalars[position]) else { return false }
        var next = position + 1
        if WordSet.literal(Array(name), in: scalars, at: next) { next += name.count }
        guard next < scalars.count, scalars[next] == suffix else { return false }
        return ["政府", "人民政府"].contains { WordSet.literal(Array($0.unicodeScalars), in: scalars, at: next + 1) }
    }

    /// Where a county-level name of two to six characters starting at `start`
    /// ends (its suffix), if one does.
    static func countyName(from start: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        var end = start
        while end < scalars.count, end - start < 6, CharacterClass.isHan(scalars[end]) {
            if PlaceNames.countySuffixes.contains(scalars[end]), end - start >= 1 { return end }
            end += 1
        }
        return nil
    }

    private static let regulationWords = WordSet(["条例", "办法", "规定", "细则"])

    /// The title going on after `position` is a regulation's.
    private static func citesRegulation(from position: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let close = scalars[position...].prefix(40).firstIndex(of: "》") else { return false }
        return regulationWords.occurs(in: scalars[position..<close])
    }
}
