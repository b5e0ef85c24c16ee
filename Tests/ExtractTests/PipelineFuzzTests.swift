import Foundation
import PropertyBased
import Testing
@testable import Extract
@testable import Normalize
import PipelineCore

/// Normalize, the number parser and extract over random report-like text:
/// no crash, no hang, offsets always inside the text, evidence always the
/// original text at its offset.
@Suite struct PipelineFuzzTests {
    /// Characters reports are made of, traps included: numerals, qualifiers,
    /// units, trigger words, traditional forms, full-width forms, headings, spaces and breaks.
    static let alphabet: [Character] = Array("镇乡街道年度报告一二三四五六七八九十百千万亿零〇两余多近约超逾不足以上左右受理调解矛盾纠纷起件条份次场人次其中全年共累计较上年同比增长力争行政复议诉讼信息公开申请%％.,，。；、:：（）()《》“”0123456789０１２３\n \t#鎮調解糾紛萬餘·-—第")
    static let text = Gen<Character?>.element(of: alphabet).map { $0! }.string(of: 0...400)
    static let compiled = CompiledCatalogue(ExtractFixture.catalogue)

    @Test func normalizeAndExtractKeepEveryOffsetInside() async throws {
        let chain = try NormalizeChain()
        let extractor = DocumentExtractor(catalogue: Self.compiled)
        await propertyCheck(count: 400, input: Self.text) { text in
            let source = IngestedDocument(document: "f", sourcePath: "f.txt", sha256: "", format: "txt", encoding: "UTF-8",
                                          text: text, declared: DocumentMetadata(), failure: nil)
            let normalized = chain.document(from: source)
            let original = Array(text.unicodeScalars)
            let normalizedCount = normalized.text.unicodeScalars.count
            #expect(normalized.offsets.count == normalizedCount)
            for offset in 0..<normalizedCount {
                let back = normalized.offsets.original(offset)
                #expect(back >= 0 && back < original.count)
            }
            for section in normalized.sections {
                #expect(section.start >= 0 && section.start <= section.end && section.end <= normalizedCount)
            }
            for mention in extractor.mentions(in: normalized) {
                let length = mention.evidence.unicodeScalars.count
                #expect(mention.offset >= 0 && mention.offset + length <= original.count)
                #expect(mention.value.isFinite)
            }
        }
    }

    @Test func theNumberParserReadsEveryPositionSafely() async {
        await propertyCheck(count: 400, input: Self.text) { text in
            let scalars = Array(text.unicodeScalars)
            for start in scalars.indices {
                if let number = NumberParser.parse(scalars, at: start) {
                    #expect(number.range.lowerBound == start && number.range.upperBound <= scalars.count)
                    #expect(number.value.isFinite && number.value >= 0)
                }
            }
        }
    }
}
