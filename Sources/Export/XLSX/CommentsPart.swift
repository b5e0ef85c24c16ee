import Foundation

/// `xl/commentsN.xml`: the notes of one sheet. Excel shows them through
/// the sheet's VML drawing (`VMLDrawingPart`), which must list the same cells.
struct CommentsPart {
    static let author = "fazhi"
    let comments: [CellComment]

    func write(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("comments", ["xmlns": Namespace.spreadsheet])
        try writeAuthors(writer)
        try writer.start("commentList")
        for comment in comments {
            try writeComment(comment, writer)
        }
        try writer.end()
        try writer.end()
        try writer.finish()
    }

    func writeAuthors(_ writer: XMLWriter) throws {
        try writer.start("authors")
        try writer.element("author", text: Self.author)
        try writer.end()
    }

    func writeComment(_ comment: CellComment, _ writer: XMLWriter) throws {
        try writer.start("comment", ["ref": CellReference.cell(row: comment.row, column: comment.column), "authorId": "0"])
        try writer.start("text")
        try writer.start("r")
        try writer.element("t", TextRun.spaceAttributes(comment.text), text: comment.text)
        try writer.end()
        try writer.end()
        try writer.end()
    }
}
