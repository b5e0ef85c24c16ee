/// Finds the element that holds a portal page's article: every block's own
/// text (links excluded) is credited to its parent in full and to its
/// grandparent in half, the way readability tools score pages; the
/// highest-scoring element wins, the deeper one on a tie.
struct ArticleFinder {
    struct Found {
        let article: HTMLNode
        /// The heading the page shows above the article, when there is one.
        let title: String?
    }

    /// A block's own text must be at least this long to count as prose.
    static let minimumBlock = 10
    /// Below this much prose the page is not a report (a list or error page).
    static let minimumArticle = 150

    private let chrome: PortalChrome
    private var scores: [NodeKey: Int] = [:]
    private var order: [HTMLNode] = []

    static func find(in body: HTMLNode, chrome: PortalChrome) throws -> Found {
        var finder = ArticleFinder(chrome: chrome)
        finder.score(body, parent: nil, grandparent: nil)
        var best: (node: HTMLNode, score: Int)?
        for node in finder.order {
            let score = finder.scores[NodeKey(node), default: 0]
            if score > 0, score >= (best?.score ?? 0) { best = (node, score) }
        }
        guard let best else { throw IngestError.noReportInPage(reason: "no paragraph of text (a list or error page?)") }
        let counts = chrome.counts(of: best.node)
        let (text, links) = (counts.text, counts.links)
        guard text >= minimumArticle else {
            throw IngestError.noReportInPage(reason: "only \(text) characters of text outside links (a list or error page?)")
        }
        guard links * 2 < text else {
            throw IngestError.noReportInPage(reason: "the main block is mostly links (a list page?)")
        }
        return Found(article: best.node, title: finder.title(before: best.node, in: body))
    }

    private mutating func score(_ node: HTMLNode, parent: HTMLNode?, grandparent: HTMLNode?) {
        guard node.isElement, !chrome.contains(node) else { return }
        order.append(node)
        if ArticleText.blocks.contains(node.name) || ArticleText.cells.contains(node.name) {
            let own = ownText(node)
            if own >= Self.minimumBlock {
                scores[NodeKey(node), default: 0] += own
                if let parent { scores[NodeKey(parent), default: 0] += own }
                if let grandparent { scores[NodeKey(grandparent), default: 0] += own / 2 }
            }
        }
        for child in node.children { score(child, parent: node, grandparent: parent) }
    }

    /// Characters of text directly in a block or in its inline children, links excluded.
    private func ownText(_ node: HTMLNode) -> Int {
        var count = 0
        for child in node.children {
            if child.isText {
                count += child.text.unicodeScalars.count { !$0.properties.isWhitespace }
            } else if child.isElement, child.name != "a", !chrome.contains(child),
                      !ArticleText.blocks.contains(child.name), !ArticleText.cells.contains(child.name) {
                count += ownText(child)
            }
        }
        return count
    }

    /// The last heading-like element before the article in document order:
    /// `h1`–`h3`, or an element whose class or id says title.
    private func title(before article: HTMLNode, in body: HTMLNode) -> String? {
        var title: String?
        var reached = false
        func visit(_ node: HTMLNode) {
            guard !reached, node.isElement, !chrome.contains(node) else { return }
            if node.pointer == article.pointer { reached = true; return }
            let headingLike = ["h1", "h2", "h3"].contains(node.name)
                || node.designations.contains { $0 == "title" || $0 == "tit" || $0 == "biaoti" || $0.hasSuffix("title") }
            if headingLike {
                let text = ArticleText.lines(of: node, chrome: chrome).joined()
                if (6...120).contains(text.count) { title = text }
            }
            for child in node.children { visit(child) }
        }
        visit(body)
        return title
    }
}
