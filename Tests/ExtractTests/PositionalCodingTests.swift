import Foundation
import Normalize
import PipelineCore
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

/// Extract records are written by `JSONText`; the bytes are JSONEncoder's.
@Suite struct ExtractedDocumentJSONTests {
    @Test func recordsAreWrittenAsJSONEncoderWritesThem() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let facts = DocumentFacts(document: "r1", sourcePath: "r1.txt", sha256: "ab", format: "txt", encoding: "UTF-8",
                                  script: "simplified", metadata: DocumentMetadata(township: "石桥镇", reportYear: 2023),
                                  declaredFields: [], characters: 40, failure: nil)
        let mentions = [
            Mention(indicator: "mediation_cases", value: 120, qualifier: .over, unit: "件", section: .measuresAndResults,
                    scope: .total, offset: 12, evidence: "调解纠纷\"120\"余件"),
            Mention(indicator: "rate", value: 98.5, qualifier: .exact, unit: "%", section: .chiefDuty,
                    scope: .previousYear, offset: 30, evidence: "成功率98.5%\t"),
        ]
        let records = [
            ExtractedDocument(facts: facts, mentions: mentions,
                              compliance: Compliance(measuresAndResults: true, chiefDuty: false, shortcomings: true, nextYearPlan: false)),
            ExtractedDocument(facts: facts, mentions: [], compliance: nil),
        ]
        for record in records {
            #expect(try record.jsonBytes() == Array(encoder.encode(record)))
        }
    }
}

extension ExtractedDocumentJSONTests {
    @Test func recordsReadBackAsWritten() throws {
        let facts = DocumentFacts(document: "r1", sourcePath: "r1.txt", sha256: "ab", format: "txt", encoding: nil, script: nil,
                                  metadata: DocumentMetadata(county: "某县"), declaredFields: ["county"], characters: nil, failure: "empty")
        let record = ExtractedDocument(facts: facts, mentions: [
            Mention(indicator: "cases", value: -0.25, qualifier: .under, unit: "起", section: .other, scope: .plain, offset: 0, evidence: "\u{1}起"),
        ], compliance: Compliance(measuresAndResults: false, chiefDuty: true, shortcomings: false, nextYearPlan: true))
        let written = try record.jsonBytes()
        let read = try JSONCursor.read(Data(written)) { cursor in try ExtractedDocument(json: &cursor, blobs: nil) }
        #expect(try read.jsonBytes() == written)
        #expect(read.mentions == record.mentions && read.facts == record.facts && read.compliance == record.compliance)
    }
}
