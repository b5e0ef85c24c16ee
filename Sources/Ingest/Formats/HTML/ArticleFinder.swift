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
        let article = finder.widened(best.node)
        let counts = chrome.counts(of: article)
        let (text, links) = (counts.text, counts.links)
        guard text >= minimumArticle else {
            throw IngestError.noReportInPage(reason: "only \(text) characters of text outside links (a list or error page?)")
        }
        guard links * 2 < text else {
            throw IngestError.noReportInPage(reason: "the main block is mostly links (a list page?)")
        }
        return Found(article: article, title: finder.title(before: article, in: body))
    }

    /// A report split over sibling blocks (Word's "save as web page" writes
    /// one div per section) scores each block alone. While the parent holds
    /// much more prose than the chosen block, is not mostly links, and a
    /// sibling reads as sentences (a metadata table or info line does not),
    /// the parent is the article.
    private func widened(_ node: HTMLNode) -> HTMLNode {
        var article = node
        while let parent = article.parent, parent.isElement, parent.name != "html" {
            let inner = chrome.counts(of: article)
            let outer = chrome.counts(of: parent)
            guard inner.text * 10 < outer.text * 7, outer.links * 2 < outer.text,
                  parent.children.contains(where: { $0.pointer != article.pointer && isProse($0) }) else { break }
            article = parent
        }
        return article
    }

    /// At least two full stops outside chrome: sentences, not labels and values.
    private func isProse(_ node: HTMLNode) -> Bool {
        guard node.isElement, !chrome.contains(node) else { return false }
        return node.allText.count { $0 == "。" } >= 2
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

    /// Class and id words portals give the article's title.
    static let titleDesignations: Set<String> = [
        "title", "tit", "biaoti", "bt", "articletitle", "arttitle", "newstitle", "detailtitle", "contenttitle",
    ]

    /// The article's title: the last `h1` before the article, else the last
    /// `h2`/`h3` or element whose class or id says title.
    private func title(before article: HTMLNode, in body: HTMLNode) -> String? {
        var heading: String?
        var other: String?
        var reached = false
        func visit(_ node: HTMLNode) {
            guard !reached, node.isElement, !chrome.contains(node) else { return }
            if node.pointer == article.pointer { reached = true; return }
            let isHeading = node.name == "h1"
            if isHeading || ["h2", "h3"].contains(node.name) || node.designations.contains(where: Self.titleDesignations.contains) {
                let text = ArticleText.lines(of: node, chrome: chrome).joined()
                if (6...120).contains(text.count) {
                    if isHeading { heading = text } else { other = text }
                }
            }
            for child in node.children { visit(child) }
        }
        visit(body)
        return heading ?? other
    }
}
