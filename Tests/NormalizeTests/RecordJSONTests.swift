import Foundation
@testable import PipelineCore
import Testing
@testable import Normalize

/// Ingest and normalize records are written by `JSONText`: the JSON line and
/// the blobs must be byte for byte what their Codable form gives.
@Suite struct RecordJSONTests {
    func codableForm(_ value: some Encodable) throws -> (line: [UInt8], blobs: [UInt8]) {
        let encoder = SlicedJSONWriter.encoder()
        let collector = BlobCollector()
        encoder.userInfo[.blobCollector] = collector
        return (Array(try encoder.encode(value)), Array(collector.bytes))
    }

    func writtenForm(_ value: some JSONWritable) throws -> (line: [UInt8], blobs: [UInt8]) {
        var json = JSONText()
        value.write(to: &json)
        return (try json.finished(), json.blobs)
    }

    static let sources = [
        IngestedDocument(document: "a/r1", sourcePath: "a/r1.html", sha256: "ff", format: "html", encoding: "GB18030",
                         text: "張家港市錦豐鎮人民政府\n2021年，全年調解糾紛28起。\n\n一、成效\n信息公開申請3件。\n",
                         declared: DocumentMetadata(reportYear: 2021), failure: nil,
                         embedded: DocumentMetadata(township: "錦豐鎮", docNumber: "錦政發〔2022〕1號"), published: "2022-01-20"),
        IngestedDocument(document: "r2", sourcePath: "r2.txt", sha256: "", format: "txt", encoding: nil, text: nil,
                         declared: DocumentMetadata(), failure: "empty file"),
    ]

    @Test(arguments: sources) func ingestRecordsAreWrittenAsTheirCodableForm(source: IngestedDocument) throws {
        let (line, blobs) = try writtenForm(source)
        let expected = try codableForm(source)
        #expect(line == expected.line && blobs == expected.blobs)
    }

    @Test(arguments: sources) func normalizeRecordsAreWrittenAsTheirCodableForm(source: IngestedDocument) throws {
        let document = try NormalizeChain().document(from: source)
        let (line, blobs) = try writtenForm(document)
        let expected = try codableForm(document)
        #expect(String(decoding: line, as: UTF8.self) == String(decoding: expected.line, as: UTF8.self))
        #expect(blobs == expected.blobs)
    }
}

/// Records read by `JSONCursor` are the records that were written.
@Suite struct RecordReadingTests {
    /// Writes `value`'s Codable form, reads it back with `JSONCursor`, and
    /// returns what the read record writes.
    func rewritten<Value: JSONWritable & JSONReadable>(_ value: Value) throws
        -> (written: (line: [UInt8], blobs: [UInt8]), rewritten: (line: [UInt8], blobs: [UInt8])) {
        let written = try RecordJSONTests().codableForm(value)
        let (line, blobs) = written
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("blobs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(blobs).write(to: url)
        let reader = try BlobReader(url: url)
        let read = try JSONCursor.read(Data(line)) { cursor in try Value(json: &cursor, blobs: reader) }
        return (written, try RecordJSONTests().writtenForm(read))
    }

    @Test(arguments: RecordJSONTests.sources) func ingestRecordsReadBack(source: IngestedDocument) throws {
        let (written, rewritten) = try rewritten(source)
        #expect(written.line == rewritten.line && written.blobs == rewritten.blobs)
    }

    @Test(arguments: RecordJSONTests.sources) func normalizeRecordsReadBack(source: IngestedDocument) throws {
        let document = try NormalizeChain().document(from: source)
        let (written, rewritten) = try rewritten(document)
        #expect(written.line == rewritten.line && written.blobs == rewritten.blobs)
        // A record whose texts are in blobs.bin cannot be read without it.
        #expect(throws: JSONReadError.self) {
            try JSONCursor.read(Data(written.line)) { cursor in try NormalizedDocument(json: &cursor, blobs: nil) }
        }
    }
}
