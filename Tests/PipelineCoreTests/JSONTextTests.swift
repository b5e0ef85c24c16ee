import Foundation
import PropertyBased
import Testing
@testable import PipelineCore

/// `JSONText` must write exactly what `JSONEncoder` (sorted keys, slashes
/// unescaped) writes, so records read back the same whichever wrote them.
@Suite struct JSONTextTests {
    static let encoder = SlicedJSONWriter.encoder()

    struct Strings: JSONWritable {
        var values: [String]
        func encode(to encoder: Encoder) throws { try values.encode(to: encoder) }
        func write(to json: inout JSONText) { json.strings(values) }
    }

    struct Numbers: JSONWritable {
        var values: [Double]
        func encode(to encoder: Encoder) throws { try values.encode(to: encoder) }
        func write(to json: inout JSONText) { json.array { json in values.forEach { json.double($0) } } }
    }

    /// Control characters, quotes, backslashes, slashes, DEL, line separators, CJK and astral scalars.
    static let scalars: [Unicode.Scalar] = (0..<0x30).map { Unicode.Scalar($0)! }
        + ["\\", "\u{7F}", "\u{2028}", "\u{FEFF}", "é", "镇", "鎮", "％", "😀", "a", "Z"]
    static let text = Gen<Unicode.Scalar?>.element(of: scalars).map { $0! }.array(of: 0...40)
        .map { String(String.UnicodeScalarView($0)) }

    @Test func stringsAreEscapedAsJSONEncoderEscapesThem() async {
        await propertyCheck(count: 300, input: Self.text.array(of: 0...4)) { values in
            let written = try? Strings(values: values).jsonBytes()
            #expect(written != nil && written == (try? Array(Self.encoder.encode(values))))
        }
    }

    @Test func numbersAreWrittenAsJSONEncoderWritesThem() async throws {
        await propertyCheck(count: 300, input: Gen.int(in: -1_000_000...1_000_000), Gen.int(in: -12...18)) { mantissa, exponent in
            let values = [Double(mantissa), Double(mantissa) * pow(10, Double(exponent)), Double(mantissa) / 7]
            let written = try? Numbers(values: values).jsonBytes()
            #expect(written != nil && written == (try? Array(Self.encoder.encode(values))))
        }
        #expect(try Numbers(values: [-0.0, 1e300, .leastNonzeroMagnitude, 95.8, 1e16]).jsonBytes()
                == Array("[-0,1e+300,5e-324,95.8,1e+16]".utf8))
    }

    @Test func numbersJSONCannotHoldAreRefused() {
        #expect(throws: EncodingError.self) { try Numbers(values: [1, .nan]).jsonBytes() }
        #expect(throws: EncodingError.self) { try Numbers(values: [.infinity]).jsonBytes() }
    }

    @Test func documentFactsAreWrittenAsJSONEncoderWritesThem() throws {
        let full = DocumentFacts(document: "r1", sourcePath: "a/b \"c\".txt", sha256: "ab", format: "txt", encoding: "GB18030",
                                 script: "traditional",
                                 metadata: DocumentMetadata(township: "石桥镇", county: "某县", province: "某省", reportYear: 2023,
                                                            issued: "2024-01-05", docNumber: "石政发〔2024〕1号"),
                                 declaredFields: ["township", "report_year"], embeddedFields: ["issued"], characters: 1200, failure: nil)
        let unread = DocumentFacts(document: "r2", sourcePath: "r2.txt", sha256: "", format: "txt", encoding: nil, script: nil,
                                   metadata: DocumentMetadata(), declaredFields: [], characters: nil, failure: "empty file\n")
        for facts in [full, unread] {
            #expect(try facts.jsonBytes() == Array(Self.encoder.encode(facts)))
        }
    }

    @Test func problemsAreWrittenAsJSONEncoderWritesThemAndReadBack() async {
        await propertyCheck(count: 200, input: Self.text, Self.text) { document, message in
            let problem = Problem(document: document, severity: .warning, stage: .normalize, message: message)
            let written = try? problem.jsonBytes()
            #expect(written != nil && written == (try? Array(Self.encoder.encode(problem))))
            let read = try? JSONCursor.read(Data(written ?? [])) { try Problem(json: &$0, blobs: nil) }
            #expect(read == problem)
        }
    }
}
