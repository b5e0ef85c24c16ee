import Foundation
import Testing
@testable import Ingest

@Suite struct TextDecoderTests {
    let simplified = "大新镇2020年法治政府建设工作情况报告\n全年受理矛盾纠纷33起，调结33起。\n"
    let traditional = "錦豐鎮2021年度法治政府建設情況報告\n全年共調解矛盾糾紛2802起。\n"

    func encoded(_ text: String, as encoding: String) throws -> Data {
        try IconvConverter(from: "UTF-8", to: encoding).convertBytes(Data(text.utf8))
    }

    @Test func plainUTF8() throws {
        let decoded = try TextDecoder().decode(Data(simplified.utf8))
        #expect(decoded == .init(text: simplified, encoding: "UTF-8"))
    }

    @Test func utf8WithByteOrderMarkDropsTheMark() throws {
        let decoded = try TextDecoder().decode(Data([0xEF, 0xBB, 0xBF]) + Data(simplified.utf8))
        #expect(decoded == .init(text: simplified, encoding: "UTF-8-BOM"))
    }

    @Test(arguments: [("UTF-16LE", [UInt8](arrayLiteral: 0xFF, 0xFE)), ("UTF-16BE", [0xFE, 0xFF])])
    func utf16WithByteOrderMark(encoding: String, mark: [UInt8]) throws {
        let data = Data(mark) + (try encoded(simplified, as: encoding))
        #expect(try TextDecoder().decode(data) == .init(text: simplified, encoding: encoding))
    }

    @Test func gb18030IsDetected() throws {
        let long = String(repeating: simplified, count: 4)
        #expect(try TextDecoder().decode(try encoded(long, as: "GB18030")) == .init(text: long, encoding: "GB18030"))
    }

    @Test func big5IsDetected() throws {
        let long = String(repeating: traditional, count: 4)
        #expect(try TextDecoder().decode(try encoded(long, as: "BIG5")) == .init(text: long, encoding: "BIG5"))
    }

    @Test func emptyAndBinaryFilesAreRefused() throws {
        #expect(throws: IngestError.emptyFile) { try TextDecoder().decode(Data()) }
        let binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(throws: IngestError.binaryContent) { try TextDecoder().decode(binary) }
    }

    @Test func truncatedUTF8IsReportedNotReadAsGB18030() throws {
        let whole = Data(String(repeating: simplified, count: 3).utf8)
        let cut = whole.dropLast(2)  // "。\n" loses its newline and the last byte of 。
        #expect(throws: IngestError.truncated(encoding: "UTF-8", offset: cut.count - 2)) {
            try TextDecoder().decode(Data(cut))
        }
    }

    @Test func truncatedGB18030IsReported() throws {
        let whole = try encoded(String(repeating: simplified, count: 4), as: "GB18030")
        let cut = Data(whole.dropLast(2))  // the newline and the trail byte of 。
        #expect(throws: IngestError.truncated(encoding: "GB18030", offset: cut.count - 1)) {
            try TextDecoder().decode(cut)
        }
    }

    @Test func aFileGluedFromUTF8AndGB18030IsReportedAsMixed() throws {
        let utf8 = Data(String(repeating: simplified, count: 3).utf8)
        let gb = try encoded(String(repeating: simplified, count: 3), as: "GB18030")
        #expect(throws: IngestError.mixedEncodings(offset: utf8.count + simplified.utf8.prefix(while: { $0 < 0x80 }).count)) {
            try TextDecoder().decode(utf8 + gb)
        }
    }

    @Test func plausibilityRejectsMojibake() {
        #expect(PlausibleChinese.check("全年受理矛盾纠纷33起。"))
        #expect(!PlausibleChinese.check("Ã¥Â¤Â§Ã¦Â–Â°Ã©Â•Â‡"))
        #expect(!PlausibleChinese.check("only ascii here"))
    }
}
