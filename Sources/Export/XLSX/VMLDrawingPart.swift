import Foundation

/// `xl/drawings/vmlDrawingN.vml`: the legacy shapes Excel draws comments
/// with, one hidden note box per commented cell.
struct VMLDrawingPart {
    let comments: [CellComment]
    /// Shape ids live in blocks of 1024 that the drawing reserves in
    /// `o:idmap`; a sheet with more comments needs more blocks, and no two
    /// drawings may share one. This drawing's blocks start here.
    let firstBlock: Int

    static let blockSize = 1024

    /// Blocks needed for `count` shapes (ids 1…1023 of each block are used, as Excel does).
    static func blocks(for count: Int) -> Int {
        max(1, (count + blockSize - 2) / (blockSize - 1))
    }

    var blockList: [Int] { Array(firstBlock..<(firstBlock + Self.blocks(for: comments.count))) }

    func write(to file: URL) throws {
        let writer = try XMLWriter(file: file, declaration: false)
        try writer.start("xml", ["xmlns:v": "urn:schemas-microsoft-com:vml", "xmlns:o": "urn:schemas-microsoft-com:office:office",
                                 "xmlns:x": "urn:schemas-microsoft-com:office:excel"])
        try writeShapeLayout(writer)
        try writeShapeType(writer)
        for (index, comment) in comments.enumerated() {
            try writeShape(comment, index: index, writer)
        }
        try writer.end()
        try writer.finish()
    }

    func writeShapeLayout(_ writer: XMLWriter) throws {
        try writer.start("o:shapelayout", ["v:ext": "edit"])
        try writer.element("o:idmap", ["v:ext": "edit", "data": blockList.map(String.init).joined(separator: ",")])
        try writer.end()
    }

    /// The note shape type (202, a text box) every comment uses.
    func writeShapeType(_ writer: XMLWriter) throws {
        try writer.start("v:shapetype", ["id": "_x0000_t202", "coordsize": "21600,21600", "o:spt": "202",
                                         "path": "m,l,21600r21600,l21600,xe"])
        try writer.element("v:stroke", ["joinstyle": "miter"])
        try writer.element("v:path", ["gradientshapeok": "t", "o:connecttype": "rect"])
        try writer.end()
    }

    func writeShape(_ comment: CellComment, index: Int, _ writer: XMLWriter) throws {
        let block = firstBlock + index / (Self.blockSize - 1)
        let id = "_x0000_s\(block * Self.blockSize + index % (Self.blockSize - 1) + 1)"
        try writer.start("v:shape", ["id": id, "type": "#_x0000_t202",
                                     "style": "position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:80pt;z-index:\(index + 1);visibility:hidden",
                                     "fillcolor": "#ffffe1", "o:insetmode": "auto"])
        try writer.element("v:fill", ["color2": "#ffffe1"])
        try writer.element("v:shadow", ["on": "t", "color": "black", "obscured": "t"])
        try writer.element("v:path", ["o:connecttype": "none"])
        try writer.start("v:textbox", ["style": "mso-direction-alt:auto"])
        try writer.element("div", ["style": "text-align:left"], text: "")
        try writer.end()
        try writeClientData(comment, writer)
        try writer.end()
    }

    /// Where the note sits: anchored a column to the right of its cell.
    func writeClientData(_ comment: CellComment, _ writer: XMLWriter) throws {
        try writer.start("x:ClientData", ["ObjectType": "Note"])
        try writer.element("x:MoveWithCells")
        try writer.element("x:SizeWithCells")
        let anchor = [comment.column + 1, 15, max(comment.row - 1, 0), 10, comment.column + 4, 15, comment.row + 4, 4]
        try writer.element("x:Anchor", text: anchor.map(String.init).joined(separator: ", "))
        try writer.element("x:AutoFill", text: "False")
        try writer.element("x:Row", text: String(comment.row))
        try writer.element("x:Column", text: String(comment.column))
        try writer.end()
    }
}
