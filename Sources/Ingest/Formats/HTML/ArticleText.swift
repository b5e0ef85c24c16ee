/// Writes the text under a page element as lines: block elements and
/// `<br>` end a line, table cells are separated by a tab, and HTML's
/// insignificant whitespace collapses to one space.
struct ArticleText {
    static let blocks: Set<String> = [
        "p", "div", "li", "dd", "dt", "dl", "ul", "ol", "section", "article", "main", "blockquote", "pre", "center",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tfoot", "tr", "caption", "hr", "body", "html",
    ]
    static let cells: Set<String> = ["td", "th"]

    let chrome: PortalChrome
    private(set) var lines: [String] = []
    private var current = ""
    private var pendingSpace = false

    /// The lines of `node`'s text, chrome and widget lines left out.
    static func lines(of node: HTMLNode, chrome: PortalChrome) -> [String] {
        var text = ArticleText(chrome: chrome)
        text.collect(node)
        text.endLine()
        return text.lines.filter { !PortalChrome.isWidgetLine($0) }
    }

    private mutating func collect(_ node: HTMLNode) {
        if node.isText {
            append(node.text)
            return
        }
        guard node.isElement, !chrome.dropsInArticle(node) else { return }
        let name = node.name
        if name == "br" {
            endLine()
            return
        }
        let block = Self.blocks.contains(name)
        if block { endLine() }
        if Self.cells.contains(name), !current.isEmpty { current += "\t"; pendingSpace = false }
        for child in node.children { collect(child) }
        if block { endLine() }
    }

    private mutating func append(_ text: String) {
        for character in text {
            if character == " " || character == "\n" || character == "\t" || character == "\r" || character == "\u{A0}" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !current.isEmpty, current.last != "\t" { current.append(" ") }
            pendingSpace = false
            current.append(character)
        }
    }

    private mutating func endLine() {
        let line = current.trimmingWhitespace()
        if !line.isEmpty { lines.append(line) }
        current = ""
        pendingSpace = false
    }
}

extension String {
    /// Without leading and trailing whitespace of any kind (ideographic spaces too).
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
