/// The parts of a portal page around the article: menus, breadcrumbs,
/// share/print/font-size widgets, related links, footers. Told apart by
/// element name and by the words portal templates use in class and id, and
/// marked once per page.
struct PortalChrome {
    /// Elements that never hold article text.
    static let neverText: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head",
        "select", "option", "button", "input", "textarea", "map",
    ]
    /// HTML5 page parts that are chrome unless they hold the article's prose.
    static let pageParts: Set<String> = ["nav", "header", "footer", "aside"]

    /// Whole words of class/id values that mark page chrome. Pinyin
    /// abbreviations are common on Chinese portals (dqwz 当前位置, xglj 相关链接).
    static let designations: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
        "position", "location", "dqwz", "weizhi", "footer", "foot", "bottom", "copyright", "banquan",
        "share", "bdshare", "fenxiang", "print", "dayin", "fontsize", "zihao", "toolbar", "tools",
        "related", "relate", "xglj", "links", "friendlink", "sidebar", "aside", "topbar", "logo", "search",
    ]

    /// A block named like chrome that holds a report's worth of prose
    /// outside links is a wrapper around the article ("main-nav-layout").
    static let wrapperText = ArticleFinder.minimumArticle

    /// Characters of text outside and inside links below each element, chrome left out.
    struct Counts {
        var text = 0
        var links = 0
    }

    private var chrome: Set<NodeKey> = []
    /// Chrome that is dropped even inside the article: elements that never
    /// hold text, and named blocks that are mostly links (related links).
    private var chromeInArticle: Set<NodeKey> = []
    private var counts: [NodeKey: Counts] = [:]

    init(page body: HTMLNode) {
        _ = mark(body, inLink: false)
    }

    func contains(_ node: HTMLNode) -> Bool {
        chrome.contains(NodeKey(node))
    }

    /// Inside the article a block named like chrome stays unless it is mostly
    /// links: an "article-bottom" signature, a <header> around the title.
    func dropsInArticle(_ node: HTMLNode) -> Bool {
        chromeInArticle.contains(NodeKey(node))
    }

    func counts(of node: HTMLNode) -> Counts {
        counts[NodeKey(node)] ?? Counts()
    }

    private mutating func mark(_ node: HTMLNode, inLink: Bool) -> Counts {
        if node.isText {
            let count = node.text.unicodeScalars.count { !$0.properties.isWhitespace }
            return inLink ? Counts(links: count) : Counts(text: count)
        }
        guard node.isElement else { return Counts() }
        let name = node.name
        if Self.neverText.contains(name) {
            chrome.insert(NodeKey(node))
            chromeInArticle.insert(NodeKey(node))
            return Counts()
        }
        var total = Counts()
        for child in node.children {
            let part = mark(child, inLink: inLink || name == "a")
            total.text += part.text
            total.links += part.links
        }
        let namedChrome = Self.pageParts.contains(name) || node.designations.contains(where: Self.designations.contains)
        if namedChrome, total.text < Self.wrapperText || total.links * 2 >= total.text {
            chrome.insert(NodeKey(node))
            if total.links * 2 >= total.text { chromeInArticle.insert(NodeKey(node)) }
            counts[NodeKey(node)] = total
            return Counts()
        }
        counts[NodeKey(node)] = total
        return total
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

/// A node's identity for sets and dictionaries.
struct NodeKey: Hashable {
    let address: UInt

    init(_ node: HTMLNode) {
        address = UInt(bitPattern: node.pointer)
    }
}
