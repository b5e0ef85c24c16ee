/// Page furniture: lines that belong to the page, portal or print run rather
/// than to the report (抄送, 印发, 公网安备, page numbers, portal widgets).
enum FurnitureFilter {
    /// Line starts that mark furniture when the line is short.
    private static let shortLinePrefixes: [String] = [
        "抄送", "抄报", "索引号", "发布机构", "主题分类", "体裁分类", "有效性", "浏览次数", "访问次数",
        "阅读次数", "点击数", "字号", "【字体", "字体：", "打印", "【打印", "关闭", "【关闭", "分享到", "当前位置",
        "您当前的位置", "您的位置", "网站地图", "语音播报", "无障碍", "来源:", "信息来源", "扫一扫",
    ]
    private static let anywhere: [String] = ["公网安备", "ICP备", "ICP证", "版权所有", "主办单位:"]

    static func isFurniture(_ line: String) -> Bool {
        let count = line.unicodeScalars.count
        if count == 0 { return false }
        if anywhere.contains(where: line.contains) { return true }
        if count <= 60, shortLinePrefixes.contains(where: line.hasPrefix) { return true }
        if count <= 40, line.hasSuffix("印发"), line.contains("年") { return true }
        if isPrintRun(line) || isPageNumber(line) { return true }
        return false
    }

    /// （共印3份）
    private static func isPrintRun(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: ["(", ")", "（", "）"])
        return trimmed.hasPrefix("共印") && trimmed.hasSuffix("份") && trimmed.unicodeScalars.count <= 10
    }

    /// — 3 —, - 12 -, 第3页, 第 3 页 共 10 页, 3/10
    private static func isPageNumber(_ line: String) -> Bool {
        var digits = 0
        var others = 0
        for scalar in line.unicodeScalars {
            if CharacterClass.isDigit(scalar) { digits += 1; continue }
            switch scalar {
            case "-", "—", "–", "－", " ", "/", "第", "页", "共": continue
            default: others += 1
            }
        }
        return digits > 0 && digits <= 4 && others == 0
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
