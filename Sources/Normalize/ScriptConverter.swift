import PipelineCore

/// Script of a report as published.
public enum Script: String, Codable, Sendable {
    case simplified, traditional
}

/// Decides whether a text is in traditional script and, when it is,
/// converts it to simplified line by line, keeping the offset map.
struct ScriptConverter {
    private let openCC: OpenCCConverter

    init() throws {
        openCC = try OpenCCConverter(config: OpenCCConverter.t2sConfig)
    }

    /// Frequent characters that exist only in one script, paired
    /// (traditional, simplified). Counting both sides is cheap and robust:
    /// simplified reports contain none of the left column, traditional ones
    /// few of the right.
    private static let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("們", "们"), ("這", "这"), ("個", "个"), ("為", "为"), ("來", "来"), ("會", "会"), ("說", "说"),
        ("時", "时"), ("對", "对"), ("國", "国"), ("發", "发"), ("與", "与"), ("關", "关"), ("進", "进"),
        ("動", "动"), ("開", "开"), ("經", "经"), ("過", "过"), ("還", "还"), ("實", "实"), ("現", "现"),
        ("學", "学"), ("業", "业"), ("點", "点"), ("區", "区"), ("級", "级"), ("義", "义"), ("議", "议"),
        ("書", "书"), ("長", "长"), ("問", "问"), ("題", "题"), ("員", "员"), ("務", "务"), ("應", "应"),
        ("條", "条"), ("強", "强"), ("調", "调"), ("糾", "纠"), ("紛", "纷"), ("訴", "诉"), ("設", "设"),
        ("鎮", "镇"), ("縣", "县"), ("萬", "万"), ("餘", "余"), ("資", "资"), ("治", "治"), ("機", "机"),
        ("制", "制"), ("導", "导"), ("規", "规"), ("範", "范"), ("檢", "检"), ("監", "监"), ("處", "处"),
        ("執", "执"), ("決", "决"), ("計", "计"), ("畫", "划"), ("數", "数"), ("總", "总"), ("辦", "办"),
    ].filter { $0.0 != $0.1 }

    /// Traditional when traditional-only characters outnumber simplified-only
    /// ones among the first few thousand characters (a report does not switch
    /// script halfway).
    static func detect(_ scalars: [Unicode.Scalar]) -> Script {
        var traditional = 0
        var simplified = 0
        let (traditionalOnly, simplifiedOnly) = (Self.traditionalOnly, Self.simplifiedOnly)
        for scalar in scalars.prefix(4000) where scalar.value >= 0x4E00 {
            if traditionalOnly.contains(scalar) { traditional += 1 }
            else if simplifiedOnly.contains(scalar) { simplified += 1 }
        }
        return traditional > simplified ? .traditional : .simplified
    }

    private static let traditionalOnly = ScalarBitmap(pairs.map(\.0))
    private static let simplifiedOnly = ScalarBitmap(pairs.map(\.1))

    /// Converts the text with OpenCC and maps it back line by line. t2s
    /// almost always keeps the length; where a phrase changes length, the
    /// line's origins are spread evenly. No dictionary phrase spans a line
    /// break, so converting the whole text converts each line as it would
    /// alone, in one call instead of one per line.
    func toSimplified(_ text: MappedText) -> MappedText {
        var output = MappedText()
        output.reserveCapacity(text.count)
        let lines = text.lineRanges()
        var convertedLines = openCC.convert(text.text).scalarArray.split(separator: "\n", omittingEmptySubsequences: false)
        if convertedLines.count != lines.count {
            convertedLines = lines.map { $0.isEmpty ? [] : openCC.convert(text.string($0)).scalarArray[...] }
        }
        for (index, line) in lines.enumerated() {
            if index > 0 {
                output.append("\n", origin: text.origins[line.lowerBound - 1])
            }
            guard !line.isEmpty else { continue }
            let converted = convertedLines[index]
            let inCount = line.count
            for (position, scalar) in converted.enumerated() {
                let source = converted.count == inCount ? position : position * inCount / converted.count
                output.append(scalar, origin: text.origins[line.lowerBound + source])
            }
        }
        return output
    }
}
