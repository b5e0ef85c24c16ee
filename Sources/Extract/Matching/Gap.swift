/// What stands between an indicator's phrase and the figure after it.
struct Gap {
    /// Its length, without cited titles: 专题学习《中华人民共和国行政复议法》等法律法规11次
    /// is as near as 专题学习法律法规11次.
    let length: Int
    /// A 等 there makes the figure count a wider group (法律咨询等专项法律服务共计5次),
    /// unless it closes the list of laws studied or taught (…《民法典》等相关法律法规11次).
    let widensTheGroup: Bool

    init(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) {
        var length = 0
        var depth = 0
        var widens = false
        for index in range {
            let scalar = scalars[index]
            if scalar == "《" { depth += 1 }
            if depth == 0 { length += 1 }
            if scalar == "》" { depth = max(0, depth - 1) }
            if scalar == "等", depth == 0, !Self.namesLaws(after: index + 1, until: range.upperBound, scalars) { widens = true }
        }
        self.length = length
        widensTheGroup = widens
    }

    /// (等法律服务 is a wider group again: only the words for laws themselves.)
    private static let laws: [[Unicode.Scalar]] = ["法律法规", "法规", "相关法律法规", "相关法规"].map { Array($0.unicodeScalars) }

    /// The laws close the gap: nothing but a total word (共计, 累计, 达) between them and the figure.
    private static func namesLaws(after index: Int, until end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        laws.contains { word in
            index + word.count <= end && Array(scalars[index..<(index + word.count)]) == word
                && scalars[(index + word.count)..<end].allSatisfy(totalWords.contains)
        }
    }

    private static let totalWords: Set<Unicode.Scalar> = ["共", "计", "累", "合", "总", "达"]
}
