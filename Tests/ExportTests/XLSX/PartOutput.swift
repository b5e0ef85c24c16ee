import Foundation
@testable import Export

/// What a part writer emits, as text, without the XML declaration.
enum PartOutput {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static func file() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-part-\(UUID().uuidString).xml")
    }

    /// Runs `write` on a fresh writer and returns what it wrote.
    static func of(declaration: Bool = false, _ write: (XMLWriter) throws -> Void) throws -> String {
        let url = file()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XMLWriter(file: url, declaration: declaration)
        try write(writer)
        try writer.finish()
        return try text(of: url)
    }

    /// A whole part file, the declaration line dropped.
    static func of(part write: (URL) throws -> Void) throws -> String {
        let url = file()
        defer { try? FileManager.default.removeItem(at: url) }
        try write(url)
        return try text(of: url)
    }

    static func text(of url: URL) throws -> String {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix(declaration) { text.removeFirst(declaration.count) }
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// The element names of `xml` in document order (start tags only).
    static func elementNames(_ xml: String) -> [String] {
        var names: [String] = []
        var rest = xml[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first, first != "/", first != "?", first != "!" else { continue }
            names.append(String(rest.prefix { $0 != " " && $0 != ">" && $0 != "/" }))
        }
        return names
    }
}
