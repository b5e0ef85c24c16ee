import Foundation
@testable import Ingest

/// The committed format fixtures: the five sample reports saved as a portal
/// page, a .docx and a .pdf (scripts/make-format-fixtures.sh), and hostile files.
enum FormatFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/formats")
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/reports")

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
    static func data(_ path: String) throws -> Data { try Data(contentsOf: url(path)) }

    /// A sample report's non-empty lines, trimmed: what any format's text must hold.
    static func sampleLines(_ name: String) throws -> [String] {
        try String(contentsOf: samples.appendingPathComponent(name + ".txt"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Text with every kind of whitespace removed, to compare texts whose line breaks differ.
    static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }
}

/// The ingest error `body` throws, nil when it throws none (or another kind).
func ingestError(_ body: () throws -> Any) -> IngestError? {
    do {
        _ = try body()
        return nil
    } catch let error as IngestError {
        return error
    } catch {
        return nil
    }
}
