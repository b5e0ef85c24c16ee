import Foundation
import PipelineCore

/// A report saved from a government portal: the article's text (title
/// first), and the portal's metadata block read as embedded metadata.
enum HTMLPage {
    static func read(_ data: Data, decoder: TextDecoder) throws -> ReadText {
        let decoded = try decoder.decode(data, declared: DeclaredCharset.find(in: data))
        let page = try HTMLDocument(utf8: decoded.text)
        guard let root = page.root else { throw IngestError.noReportInPage(reason: "the page is empty") }
        let body = root.children.first { $0.name == "body" } ?? root
        let chrome = PortalChrome(page: body)
        let found = try ArticleFinder.find(in: body, chrome: chrome)
        var lines = ArticleText.lines(of: found.article, chrome: chrome)
        if let title = found.title ?? documentTitle(root), !lines.prefix(3).contains(where: { $0.contains(title) }) {
            lines.insert(title, at: 0)
        }
        let metadata = PortalMetadata(pieces: textPieces(of: body, outside: found.article))
        var read = ReadText(text: lines.joined(separator: "\n") + "\n", encoding: decoded.encoding)
        if let publisher = metadata.publisher {
            let name = PublisherName(publisher)
            read.embedded.township = name.township
            read.embedded.county = name.county
        }
        read.embedded.docNumber = metadata.documentNumber
        read.embedded.issued = metadata.written
        read.published = metadata.published
        return read
    }

    /// `<title>`'s first part ("…年度报告_某某市人民政府" → "…年度报告")
    /// when it names a report; portals append the site name.
    private static func documentTitle(_ root: HTMLNode) -> String? {
        guard let head = root.children.first(where: { $0.name == "head" }),
              let title = head.children.first(where: { $0.name == "title" }) else { return nil }
        let first = title.allText.split(whereSeparator: { "_|－—-".contains($0) }).first.map(String.init)?.trimmingWhitespace()
        guard let first, first.contains("报告") || first.contains("情况") || first.contains("总结") else { return nil }
        return first
    }

    /// Every non-blank text node of the page outside the article, in order:
    /// where the metadata labels and their values are.
    private static func textPieces(of node: HTMLNode, outside article: HTMLNode) -> [String] {
        var pieces: [String] = []
        func visit(_ node: HTMLNode) {
            if node.pointer == article.pointer { return }
            if node.isText {
                let piece = node.text.replacingOccurrences(of: "\u{A0}", with: " ").trimmingWhitespace()
                if !piece.isEmpty { pieces.append(piece) }
                return
            }
            guard node.isElement, !["script", "style", "noscript", "template"].contains(node.name) else { return }
            node.children.forEach(visit)
        }
        visit(node)
        return pieces
    }
}
