import Foundation

/// A .docx report's text from `word/document.xml`: each paragraph a line,
/// each table row a line with its cells separated by a tab. Headers,
/// footers and footnotes live in other parts and are not read; deleted
/// revisions and field codes are skipped.
enum WordDocument {
    /// Elements whose text is not part of what the document shows.
    static let hiddenElements: Set<String> = ["del", "delText", "instrText", "moveFrom", "Fallback", "pPrChange"]

    static func read(_ data: Data) throws -> ReadText {
        let package = try WordPackage(data)
        let reader = try XMLReader(try package.part(WordPackage.documentPart), part: WordPackage.documentPart)
        var numbering = try package.optionalPart(WordNumbering.part).map(WordNumbering.init) ?? WordNumbering()
        if let styles = try package.optionalPart(WordNumbering.stylesPart) { try numbering.readStyles(styles) }
        var writer = Writer()
        var open: [String] = []
        var hidden = 0
        // The paragraph's list numbering (w:pPr/w:numPr), drawn when its properties end.
        var listId: String?
        var listLevel = 0
        while let node = try reader.next() {
            switch node {
            case .documentType, .entityReference:
                throw IngestError.hostilePackage(
                    reason: "\(WordPackage.documentPart) declares a DTD or entities, which Word never writes (an XXE attack?)")
            case let .elementStart(name, isEmpty):
                if isEmpty {
                    // tab, br and cr are content only inside a run; in w:tabs they define tab stops.
                    if hidden == 0, open.last == "r" || name == "p" { writer.empty(name) }
                } else {
                    open.append(name)
                    if hiddenElements.contains(name) { hidden += 1 }
                    if hidden == 0, name == "tc" { writer.startCell() }
                    if name == "p" { listId = nil; listLevel = 0 }
                }
                // A paragraph style may carry the numbering; the paragraph's own numPr overrides it.
                if hidden == 0, name == "pStyle", open.last == "pPr", let style = reader.attribute("val"),
                   let styled = numbering.styles[style] {
                    (listId, listLevel) = (styled.id, styled.level)
                }
                if hidden == 0, open.last == "numPr" || open.dropLast().last == "numPr" {
                    if name == "numId" { listId = reader.attribute("val") }
                    if name == "ilvl" { listLevel = reader.attribute("val").flatMap(Int.init) ?? 0 }
                }
            case let .elementEnd(name):
                if name == "pPr", hidden == 0, open.dropLast().last == "p", let id = listId, id != "0",
                   let label = numbering.label(numId: id, level: listLevel) {
                    writer.append(label)
                }
                if hidden == 0 { writer.end(name) }
                if hiddenElements.contains(name) { hidden -= 1 }
                if !open.isEmpty { open.removeLast() }
            case let .text(text):
                if hidden == 0, open.last == "t" { writer.append(text) }
            case .other:
                break
            }
        }
        return ReadText(text: writer.text, encoding: nil)
    }

    /// Turns the element stream into lines.
    private struct Writer {
        private(set) var lines: [String] = []
        private var line = ""
        private var cellDepth = 0
        private var cellHasText = false

        var text: String { (lines + (line.isEmpty ? [] : [line])).joined(separator: "\n") + "\n" }

        mutating func append(_ text: String) {
            line += text
            if cellDepth > 0 { cellHasText = true }
        }

        mutating func empty(_ name: String) {
            switch name {
            case "tab": line += cellDepth > 0 ? " " : "\t"
            case "br", "cr":
                if cellDepth > 0 { line += " " } else { endLine() }
            case "p": if cellDepth == 0 { endLine() }
            default: break
            }
        }

        mutating func startCell() {
            cellDepth += 1
            cellHasText = false
        }

        mutating func end(_ name: String) {
            switch name {
            case "p":
                // Paragraphs inside a cell stay on the row's line.
                if cellDepth > 0 { if cellHasText, line.last != " " { line += " " } } else { endLine() }
            case "tc":
                cellDepth = max(cellDepth - 1, 0)
                while line.last == " " { line.removeLast() }
                line += "\t"
            case "tr":
                while line.last == "\t" { line.removeLast() }
                endLine()
            default:
                break
            }
        }

        private mutating func endLine() {
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            lines.append(line)
            line = ""
        }
    }
}
