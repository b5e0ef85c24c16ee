import PipelineCore

/// Province-level names, recognised only when written as an administrative
/// name (江苏省, 广西壮族自治区, 重庆市), i.e. when the report states it.
enum ProvinceNames {
    private static let written: [[Unicode.Scalar]] = [
        "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省",
        "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
        "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
        "北京市", "天津市", "上海市", "重庆市",
    ].map { Array($0.unicodeScalars) }

    /// Names by their first character, so a text is scanned once.
    private static let byFirst: [Unicode.Scalar: [Int]] = Dictionary(grouping: written.indices, by: { written[$0][0] })
    private static let firstCharacters = ScalarBitmap(written.map { $0[0] })

    /// The most often written province name, ties to the first seen.
    static func mostMentioned(in scalars: [Unicode.Scalar]) -> String? {
        var counts: [Int] = Array(repeating: 0, count: written.count)
        var firstSeen: [Int] = Array(repeating: Int.max, count: written.count)
        for index in scalars.indices where firstCharacters.contains(scalars[index]) {
            guard let candidates = byFirst[scalars[index]] else { continue }
            for which in candidates where WordSet.literal(written[which], in: scalars, at: index) {
                counts[which] += 1
                firstSeen[which] = min(firstSeen[which], index)
            }
        }
        guard let best = counts.indices.filter({ counts[$0] > 0 })
            .min(by: { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : firstSeen[$0] < firstSeen[$1] }) else { return nil }
        return String(scalars: written[best])
    }
}
