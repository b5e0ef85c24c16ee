import Foundation
import Testing
@testable import PipelineCore

@Suite struct SlicedJSONWriterTests {
    struct Row: Codable, Sendable {
        var name: String
        var path: String
        var value: Double?
    }

    struct Object: Codable {
        var rows: [Row]
        var empty: [Int]
        var title: String
        var counts: [String: Int]
    }

    static let object = Object(
        rows: (0..<7).map { Row(name: "行\($0) \"quoted\"", path: "a/b/\($0)", value: $0 == 3 ? nil : Double($0) / 3) },
        empty: [], title: "tables", counts: ["b": 2, "a": 1])

    func written(_ members: [JSONMember], jobs: Int) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sliced-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try SlicedJSONWriter.write(members, to: url, jobs: jobs)
        return try Data(contentsOf: url)
    }

    @Test(arguments: [1, 2, 3]) func writesTheBytesJSONEncoderWrites(jobs: Int) throws {
        let object = Self.object
        // Slices of 2 rows: several pieces, the last one short; members listed out of key order.
        let members: [JSONMember] = [
            .array("rows", object.rows, sliceSize: 2), .value("title", object.title), .array("empty", object.empty),
            .value("counts", object.counts),
        ]
        #expect(try written(members, jobs: jobs) == SlicedJSONWriter.encoder().encode(object))
    }

    @Test func anObjectWithoutMembersIsEmpty() throws {
        #expect(String(decoding: try written([], jobs: 2), as: UTF8.self) == "{}")
    }
}
