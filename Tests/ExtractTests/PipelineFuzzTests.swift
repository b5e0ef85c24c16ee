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
    /// Pieces of tables written as text (bars, tabs, wide gaps, headers, labels with units,
    /// figures, prose in a cell) in random order: rows the table reader must survive.
    static let tablePieces = ["| ", " | ", "|", "\t", "  ", "   ", "\n", "指标", "2023年", "2022年", "本年度", "上年度", "序号", "1", "起",
                              "行政复议案件", "（件）", "12件", "1562", "1,842", "+5%", "96.8%", "调解成功率", "受理调解纠纷",
                              "全年开展普法宣传活动42场次", "发放宣传资料800份", "，", "。", "其中：", "合计"]
    static let tableText = Gen<String?>.element(of: tablePieces).map { $0! }.array(of: 0...60).map { $0.joined() }
    static let compiled = CompiledCatalogue(ExtractFixture.catalogue)

    @Test func normalizeAndExtractKeepEveryOffsetInside() async throws {
        let chain = try NormalizeChain()
        let extractor = DocumentExtractor(catalogue: Self.compiled)
        await propertyCheck(count: 400, input: Self.text) { text in
            try Self.check(text, chain: chain, extractor: extractor)
        }
    }

    @Test func tablesOfAnyShapeKeepEveryOffsetInside() async throws {
        let chain = try NormalizeChain()
        let extractor = DocumentExtractor(catalogue: Self.compiled)
        await propertyCheck(count: 400, input: Self.tableText) { text in
            try Self.check("某镇2023年法治政府建设工作报告\n一、主要举措和成效\n" + text, chain: chain, extractor: extractor)
        }
    }

    /// Offsets inside the original and the normalized text, sections in order, figures finite.
    static func check(_ text: String, chain: NormalizeChain, extractor: DocumentExtractor) throws {
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
