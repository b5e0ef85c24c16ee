import Foundation

/// `xl/sharedStrings.xml`: the strings of the header rows, each stored
/// once. Data cells hold their text inline, so big sheets stream without
/// a table growing in memory.
final class SharedStringsPart {
    private var indices: [String: Int] = [:]
    private(set) var strings: [String] = []
    private(set) var references = 0

    /// The index of `text`, adding it when new.
    func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        indices[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    func write(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("sst", ["xmlns": Namespace.spreadsheet, "count": String(references), "uniqueCount": String(strings.count)])
        for string in strings {
            try writeItem(string, writer)
        }
        try writer.end()
        try writer.finish()
    }

    func writeItem(_ string: String, _ writer: XMLWriter) throws {
        try writer.start("si")
        try writer.element("t", TextRun.spaceAttributes(string), text: string)
        try writer.end()
    }
}

/// Text whose leading or trailing spaces must survive needs xml:space="preserve".
enum TextRun {
    static func spaceAttributes(_ text: String) -> KeyValuePairs<String, String> {
        let padded = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return padded ? ["xml:space": "preserve"] : [:]
    }
}
