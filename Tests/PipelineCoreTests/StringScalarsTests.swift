import Testing
@testable import PipelineCore

@Suite struct StringScalarsTests {
    @Test(arguments: ["", "a", "é", "镇人民政府", "𠀀𝄞 mixed ASCII, 中文 and ½", "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
    func encodesEveryWidthOfScalar(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars.dropFirst()) == String(text.unicodeScalars.dropFirst()))
        #expect(String(scalars: scalars).utf8.count == text.utf8.count)
    }
}

@Suite struct ScalarArrayTests {
    @Test(arguments: ["", "a", "é", "镇人民政府", "𠀀𝄞 mixed ASCII, 中文 and ½", "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
    func decodesEveryWidthOfScalar(text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
        #expect(text.scalarCount == text.unicodeScalars.count)
        #expect(String(text.dropFirst()).scalarArray == Array(String(text.dropFirst()).unicodeScalars))
    }
}
