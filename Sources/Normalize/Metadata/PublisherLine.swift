import PipelineCore

/// A saved portal page's publisher line (来源:闽清县, 发布机构:屏边县新华乡人民政府,
/// 发布者:和平区人民政府). It is page furniture, dropped from the text, but
/// the site that published a township's report is mostly its county's.
enum PublisherLine {
    private static let labels = WordSet(["信息来源", "来源", "发布机构", "发布者", "发布单位", "发文机关", "发文机构"])
    /// Between the label and the name: 来源: / 发布机构 ] / 发布者：
    private static let separators: Set<Unicode.Scalar> = [":", "：", " ", "|", "]", "】", "\t"]
    private static let municipalities = ["北京市", "天津市", "上海市", "重庆市"].map { Array($0.unicodeScalars) }

    /// The county a publisher line names, from the first line that names one.
    /// A 县, 区 or 旗 counts on its own; a 市 only with a township after it
    /// (曲阜市尼山镇), as a city alone (宜宾市委依法治市办) may be the prefecture.
    static func county(in text: MappedText) -> String? {
        // Page metadata lines are short; a label may follow another field (发布日期:… 发布者:…).
        for line in text.lineRanges() where line.count <= 80 && labels.occurs(in: line, of: text.scalars) {
            let scalars = Array(text.scalars[line])
            for start in scalars.indices where start == 0 || !CharacterClass.isHan(scalars[start - 1]) {
                guard let label = labels.words.first(where: { WordSet.literal($0, in: scalars, at: start) }) else { continue }
                if let county = county(afterLabelEndingAt: start + label.count, scalars) { return county }
            }
        }
        return nil
    }

    private static func county(afterLabelEndingAt labelEnd: Int, _ line: [Unicode.Scalar]) -> String? {
        var start = labelEnd
        while start < line.count, separators.contains(line[start]) { start += 1 }
        if WordSet.literal(["中", "共"], in: line, at: start) { start += 2 }
        if let city = municipalities.first(where: { WordSet.literal($0, in: line, at: start) }) { start += city.count }
        guard var end = CountyNames.countyName(from: start, line) else { return nil }
        // 深圳市龙华区民治街道办: the district after its city.
        if line[end] == "市", let district = CountyNames.countyName(from: end + 1, line), line[district] != "市" {
            start = end + 1
            end = district
        }
        let name = String(scalars: line[start...end])
        // 插旗镇: the suffix ends a township's name, not a county's.
        guard CountyNames.isPlausible(name), end + 1 >= line.count || !["镇", "乡", "街"].contains(line[end + 1]) else { return nil }
        if line[end] == "市" {
            let rest = String(scalars: line[(end + 1)...])
            guard !rest.hasPrefix("委"), ["镇", "乡", "街道"].contains(where: { rest.prefix(8).contains($0) }) else { return nil }
        }
        return name
    }
}
