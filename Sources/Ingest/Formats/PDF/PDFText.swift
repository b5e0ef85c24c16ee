import Foundation

/// A PDF report's text layer, read by poppler's `pdftotext` in reading
/// order, with page furniture removed and sentences cut by a page end
/// joined again.
enum PDFText {
    /// Fewer Han characters per page than this: no real text layer.
    static let minimumHanPerPage = 20

    static func read(file: URL) throws -> ReadText {
        let output = try ExternalTool.pdftotext.run(["-enc", "UTF-8", file.path, "-"])
        let pages = String(decoding: output, as: UTF8.self)
            .split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { page in page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let text = PageFurniture.join(PageFurniture.strip(pages))
        // A scan's text layer is empty or holds only page numbers; a report
        // page holds hundreds of Han characters.
        let han = text.unicodeScalars.count { (0x4E00...0x9FFF).contains($0.value) }
        guard han >= minimumHanPerPage * max(pages.count - 1, 1) else { throw IngestError.noTextLayer }
        return ReadText(text: text, encoding: nil)
    }
}
