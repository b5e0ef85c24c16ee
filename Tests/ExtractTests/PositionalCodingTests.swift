import Foundation
import Normalize
import Testing
@testable import Extract

/// Sections and mentions are stored as positional JSON arrays; they must read back whole.
@Suite struct PositionalCodingTests {
    func roundTrip<Value: Codable>(_ value: Value) throws -> (Value, String) {
        let data = try JSONEncoder().encode(value)
        return (try JSONDecoder().decode(Value.self, from: data), String(decoding: data, as: UTF8.self))
    }

    @Test func sectionsWithAndWithoutALevelReadBack() throws {
        let sections = [
            Section(start: 0, end: 12, level: nil, heading: "", role: .other),
            Section(start: 12, end: 240, level: 2, heading: "全面履行政府职能情况", role: .measuresAndResults),
        ]
        let (decoded, json) = try roundTrip(sections)
        #expect(decoded == sections)
        #expect(json == #"[[0,12,null,"","other"],[12,240,2,"全面履行政府职能情况","measures_and_results"]]"#)
    }

    @Test func mentionsReadBack() throws {
        let mention = Mention(indicator: "mediation_cases", value: 98.5, qualifier: .exact, unit: "%", section: .chiefDuty,
                              scope: .previousYear, offset: 1234, evidence: "调解成功率98.5%")
        let (decoded, _) = try roundTrip([mention])
        #expect(decoded == [mention])
    }
}
