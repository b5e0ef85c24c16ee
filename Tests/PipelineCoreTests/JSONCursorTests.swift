import Foundation
import PropertyBased
import Testing
@testable import PipelineCore

/// `JSONCursor` reads what `JSONEncoder` writes, and says where bad JSON stops it.
@Suite struct JSONCursorTests {
    func read<Value>(_ text: String, _ body: (inout JSONCursor) throws -> Value) throws -> Value {
        try JSONCursor.read(Data(text.utf8), body)
    }

    @Test func stringsReadBackWhateverTheyHold() async {
        await propertyCheck(count: 300, input: JSONTextTests.text.array(of: 0...4)) { values in
            let encoded = (try? JSONEncoder().encode(values)) ?? Data()
            let read = try? JSONCursor.read(encoded) { cursor in try cursor.strings() }
            #expect(read == values)
        }
    }

    @Test func escapesAndSurrogatePairsAreDecoded() throws {
        #expect(try read(#"["a\"b\\c\/d\n\t\u00e9\u9547\ud83d\ude00"]"#) { try $0.strings() } == ["a\"b\\c/d\n\té镇😀"])
    }

    @Test func numbersReadBack() async {
        await propertyCheck(count: 300, input: Gen.int(in: -1_000_000...1_000_000), Gen.int(in: -12...18)) { mantissa, exponent in
            let values = [Double(mantissa) * pow(10, Double(exponent)), Double(mantissa) / 7]
            let encoded = (try? JSONEncoder().encode(values)) ?? Data()
            var read: [Double] = []
            #expect(throws: Never.self) { try JSONCursor.read(encoded) { cursor in try cursor.array { read.append(try $0.double()) } } }
            #expect(read == values)
        }
    }

    @Test func unknownMembersAreSkippedWhateverTheyHold() throws {
        let text = #" { "skip" : {"a": [1, {"b": null}, "x\"]"], "c": true}, "keep": 42, "also": [false, -1.5e3] } "#
        var kept: Int?
        try read(text) { cursor in
            try cursor.object { cursor, key in
                if key == "keep" { kept = try cursor.int() } else { try cursor.skipValue() }
            }
        }
        #expect(kept == 42)
    }

    @Test(arguments: [#"{"a":1"#, #"["x]"#, #"[1,]"#, #"{"a" 1}"#, #"[1] 2"#, "[nul]"])
    func badJSONIsAnErrorWithItsOffset(text: String) {
        #expect(throws: JSONReadError.self) {
            try read(text) { cursor in try cursor.skipValue() }
        }
    }

    @Test func missingMembersAreNamed() throws {
        let error = #expect(throws: JSONReadError.self) {
            try read(#"{"document":"r1"}"#) { cursor in try DocumentFacts(json: &cursor, blobs: nil) }
        }
        #expect(error?.description.contains("is missing") == true)
    }
}
