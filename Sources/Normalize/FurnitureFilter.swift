/// Page furniture: lines that belong to the page, portal or print run rather
/// than to the report (抄送, 印发, 公网安备, page numbers, portal widgets).
enum FurnitureFilter {
    /// Line starts that mark furniture when the line is short.
    private static let shortLinePrefixes = WordSet([
        "抄送", "抄报", "索引号", "发布机构", "主题分类", "体裁分类", "有效性", "浏览次数", "访问次数",
        "阅读次数", "点击数", "字号", "【字体", "字体:", "打印", "【打印", "关闭", "【关闭", "分享到", "当前位置",
        "您当前的位置", "您的位置", "网站地图", "语音播报", "无障碍", "来源:", "信息来源", "扫一扫",
    ])
    private static let anywhere = WordSet(["公网安备", "ICP备", "ICP证", "版权所有", "主办单位:"])
    private static let printed = WordSet(["印发"])
    private static let brackets: Set<Unicode.Scalar> = ["(", ")", "（", "）"]

    static func isFurniture(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let count = line.count
        if count == 0 { return false }
        if anywhere.occurs(in: line) { return true }
        if count <= 60, shortLinePrefixes.prefixes(line) { return true }
        if count <= 40, printed.suffixes(line), line.contains("年") { return true }
        return isPrintRun(line) || isPageNumber(line)
    }

    /// （共印3份）
    private static func isPrintRun(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var text = line
        while let first = text.first, brackets.contains(first) { text.removeFirst() }
        while let last = text.last, brackets.contains(last) { text.removeLast() }
        return text.count <= 10 && text.starts(with: ["共", "印"]) && text.last == "份"
    }

    /// — 3 —, - 12 -, 第3页, 第 3 页 共 10 页, 3/10
    private static func isPageNumber(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var digits = 0
        for scalar in line {
            if CharacterClass.isDigit(scalar) { digits += 1; continue }
            switch scalar {
            case "-", "—", "–", "－", " ", "/", "第", "页", "共": continue
            default: return false
            }
        }
        return digits > 0 && digits <= 4
    }
}
