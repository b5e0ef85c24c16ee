import Foundation

/// A PDF report's text layer, read by poppler's `pdftotext` in reading
/// order, with page furniture removed and sentences cut by a page end
/// joined again.
enum PDFText {
    static func read(file: URL) throws -> ReadText {
        let output = try ExternalTool.pdftotext.run(["-enc", "UTF-8", file.path, "-"])
        let pages = String(decoding: output, as: UTF8.self)
            .split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { page in page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        guard pages.contains(where: { $0.contains { !$0.trimmingWhitespace().isEmpty } }) else {
            throw IngestError.noTextLayer
        }
        return ReadText(text: PageFurniture.join(PageFurniture.strip(pages)), encoding: nil)
    }
}
