import Foundation
import PropertyBased
import Testing
@testable import Ingest

/// Arbitrary bytes never crash or hang the decoder: they decode or are refused with a reason.
@Suite struct DecoderFuzzTests {
    static let bytes = Gen<UInt8>.value(in: 0...255).array(of: 0...3000)

    @Test func randomBytesDecodeOrAreRefused() async throws {
        let decoder = try TextDecoder()
        await propertyCheck(count: 300, input: Self.bytes) { bytes in
            do {
                let decoded = try decoder.decode(Data(bytes))
                #expect(!decoded.encoding.isEmpty)
            } catch let error as IngestError {
                #expect(!error.description.isEmpty)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func cutAnywhereAReportStillDecodesOrIsRefused() async throws {
        let report = Data(String(repeating: "锦丰镇全年共调解矛盾纠纷2802起，调结率100%。\n", count: 20).utf8)
        let gb = try IconvConverter(from: "UTF-8", to: "GB18030").convertBytes(report)
        let decoder = try TextDecoder()
        await propertyCheck(count: 200, input: Gen.int(in: 1...report.count), Gen.int(in: 0...1)) { cut, useGB in
            let data = (useGB == 1 ? gb : report).prefix(cut)
            do {
                let decoded = try decoder.decode(Data(data))
                #expect(decoded.text.unicodeScalars.allSatisfy { $0 != "\u{FFFD}" })
            } catch is IngestError {
                // refused with a reason: fine
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
