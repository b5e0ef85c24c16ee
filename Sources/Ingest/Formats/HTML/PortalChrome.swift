/// The parts of a portal page around the article: menus, breadcrumbs,
/// share/print/font-size widgets, related links, footers. Told apart by
/// element name and by the words portal templates use in class and id.
enum PortalChrome {
    /// Elements that never hold article text.
    static let elements: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head",
        "nav", "header", "footer", "aside", "form", "select", "option", "button", "input", "textarea", "map",
    ]

    /// Whole words of class/id values that mark page chrome. Pinyin
    /// abbreviations are common on Chinese portals (dqwz 当前位置, xglj 相关链接).
    static let designations: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
        "position", "location", "dqwz", "weizhi", "footer", "foot", "bottom", "copyright", "banquan",
        "share", "bdshare", "fenxiang", "print", "dayin", "fontsize", "zihao", "toolbar", "tools",
        "related", "relate", "xglj", "links", "friendlink", "sidebar", "aside", "topbar", "logo", "search",
    ]

    static func isChrome(_ node: HTMLNode) -> Bool {
        guard node.isElement else { return false }
        if elements.contains(node.name) { return true }
        return node.designations.contains(where: designations.contains)
    }

    /// Lines that are widgets even inside an article container
    /// (打印本页, 关闭窗口, 字号：大 中 小, 分享到).
    static func isWidgetLine(_ line: String) -> Bool {
        let compact = line.filter { !$0.isWhitespace }
        if compact.isEmpty { return true }
        let widgets = ["打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到", "字号：", "字体：", "【大中小】", "[大中小]", "扫一扫"]
        return compact.count <= 40 && widgets.contains(where: compact.contains)
    }
}
