import Testing
@testable import Normalize

/// Parses `text` from its start and expects every field, the range defaulting to the whole text.
private func expectParse(
    _ text: String, _ value: Double, _ qualifier: NumberQualifier = .exact,
    percent: Bool = false, range: Range<Int>? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let expected = ParsedNumber(value: value, qualifier: qualifier, isPercent: percent,
                                range: range ?? 0..<text.unicodeScalars.count)
    #expect(NumberParser.parse(text) == expected, "\(text)", sourceLocation: sourceLocation)
}

private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

@Suite struct NumberParserTests {
    // MARK: Arabic

    @Test func arabicIntegers() {
        expectParse("33", 33)
        expectParse("３３", 33)
        expectParse("33人", 33, range: 0..<2)
        expectParse("0", 0)
    }

    @Test func thousandsSeparatorNeedsExactlyThreeDigits() {
        expectParse("1,328", 1328)
        expectParse("12,345,678元", 12_345_678, range: 0..<10)
        expectParse("1,3284", 1, range: 0..<1)
        expectParse("2019,2020年", 2019, range: 0..<4)
        expectParse("1,32", 1, range: 0..<1)
    }

    @Test func decimals() {
        expectParse("93.26", 93.26)
        expectParse("０．５", 0.5)
        expectParse("3.", 3, range: 0..<1)
        expectParse("3.人", 3, range: 0..<1)
        expectParse("1.2.3", 1.2, range: 0..<3)
    }

    @Test func arabicWithChineseMultipliers() {
        expectParse("36万", 360_000)
        expectParse("4.3万", 43_000)
        expectParse("1.5万", 15_000)
        expectParse("2亿", 2e8)
        expectParse("3千万元", 3e7, range: 0..<3)
        expectParse("1.2万亿", 1.2e12)
    }

    @Test func kiloBeforeMetricUnitIsLeftToTheMeasureWord() {
        expectParse("5千米", 5, range: 0..<1)
        expectParse("3万千瓦", 30_000, range: 0..<2)
    }

    // MARK: Chinese numerals

    @Test func chinesePositional() {
        expectParse("三十三", 33)
        expectParse("一百零五", 105)
        expectParse("十二", 12)
        expectParse("十", 10)
        expectParse("一百二十", 120)
        expectParse("两万", 20_000)
        expectParse("三千五百", 3500)
        expectParse("一亿二千万", 1.2e8)
        expectParse("一千零一十", 1010)
        expectParse("一万亿", 1e12)
        expectParse("廿三", 23)
        expectParse("卅", 30)
        expectParse("壹仟贰佰叁拾肆", 1234)
    }

    @Test func chineseShorthand() {
        expectParse("三千五", 3500)
        expectParse("一万五", 15_000)
        expectParse("一百零五", 105)
    }

    @Test func chineseStopsWhereTheNumberEnds() {
        expectParse("一百零", 100, range: 0..<2)
        expectParse("十四五规划", 14, range: 0..<2)
        expectParse("三十三百", 33, range: 0..<3)
    }

    @Test func chineseDigitByDigit() {
        expectParse("二〇二三", 2023)
        expectParse("二零二三年", 2023, range: 0..<4)
        expectParse("零", 0)
    }

    // MARK: Qualifiers

    @Test func suffixOver() {
        expectParse("两万余", 20_000, .over)
        expectParse("1.5万余", 15_000, .over)
        expectParse("十余", 10, .over)
        expectParse("190余", 190, .over)
        expectParse("三十多", 30, .over)
        expectParse("190余人", 190, .over, range: 0..<4)
    }

    @Test func suffixOverThenMultiplier() {
        expectParse("十余万", 100_000, .over)
        expectParse("两千多万元", 2e7, .over, range: 0..<4)
        expectParse("1000多万", 1e7, .over)
    }

    @Test func prefixQualifiers() {
        expectParse("逾5000", 5000, .over)
        expectParse("超过3万", 30_000, .over)
        expectParse("多达12", 12, .over)
        expectParse("不足10", 10, .under)
        expectParse("不到20", 20, .under)
        expectParse("少于5", 5, .under)
        expectParse("约3.5", 3.5, .about)
        expectParse("大约200", 200, .about)
        expectParse("将近2000", 2000, .about)
        expectParse("接近九十", 90, .about)
    }

    @Test func bareUnitsNeedAQualifier() {
        expectParse("近万", 10_000, .about)
        expectParse("逾百", 100, .over)
        expectParse("百余", 100, .over)
        expectParse("上万", 10_000, .over)
        expectParse("近千", 1000, .about)
        expectParse("上千万", 1e7, .over)
        expectParse("万余人", 10_000, .over, range: 0..<2)
    }

    @Test func boundWordsAfterTheNumber() {
        expectParse("100%以上", 100, .over, percent: true)
        expectParse("50左右", 50, .about)
        expectParse("三百上下", 300, .about)
        expectParse("5%以下", 5, .under, percent: true)
        expectParse("10以内", 10, .under)
        // The first qualifier read wins; the later word is still consumed.
        expectParse("约100以上", 100, .about)
    }

    @Test func trailingQualifierAfterAMeasureWord() {
        let text = scalars("100人次以上，")
        #expect(NumberParser.parse(text, at: 0) == ParsedNumber(value: 100, range: 0..<3))
        #expect(NumberParser.trailingQualifier(text, at: 5).map { $0.0 } == .over)
        #expect(NumberParser.trailingQualifier(text, at: 5).map { $0.1 } == 2)
        let cases: [(String, NumberQualifier, Int)] = [
            ("左右", .about, 2), ("上下", .about, 2), ("以下", .under, 2), ("以内", .under, 2), ("余", .over, 1),
        ]
        for (word, q, length) in cases {
            let result = NumberParser.trailingQualifier(scalars(word), at: 0)
            #expect(result?.0 == q && result?.1 == length, "\(word)")
        }
        #expect(NumberParser.trailingQualifier(scalars("人以"), at: 1) == nil)
        #expect(NumberParser.trailingQualifier(scalars("以"), at: 5) == nil)
        #expect(NumberParser.trailingQualifier([], at: 0) == nil)
    }

    // MARK: Percentages

    @Test func percentSigns() {
        expectParse("100%", 100, percent: true)
        expectParse("93.26%", 93.26, percent: true)
        expectParse("12％", 12, percent: true)
    }

    @Test func percentWords() {
        expectParse("百分之百", 100, percent: true)
        expectParse("百分之九十五", 95, percent: true)
        expectParse("百分之93.5", 93.5, percent: true)
        expectParse("超过百分之九十", 90, .over, percent: true)
    }

    @Test func chineseDecimalPointAfterPercentWord() {
        expectParse("百分之九十八点五", 98.5, percent: true)
        expectParse("百分之九十九点二五以上", 99.25, .over, percent: true)
        // Without 百分之, 点 is a clock hour or 'a little': the number stops before it.
        expectParse("五点半", 5, range: 0..<1)
        expectParse("百分之九十点", 90, percent: true, range: 0..<5)
    }

    @Test func tenthsAreAPercentage() {
        expectParse("九成", 90, percent: true)
        expectParse("八成以上", 80, .over, percent: true)
        expectParse("近九成", 90, .about, percent: true)
        expectParse("两成多", 20, .over, percent: true)
        expectParse("九成的纠纷", 90, percent: true, range: 0..<2)
        expectParse("七成，", 70, percent: true, range: 0..<2)
    }

    @Test func tenthsOnlyOfOneChineseDigitBeforeAPause() {
        // 一成不变 is an idiom, 3成员 a member count, 十成 and 9成 are not how rates are written.
        expectParse("一成不变", 1, range: 0..<1)
        expectParse("三成员", 3, range: 0..<1)
        expectParse("十成", 10, range: 0..<1)
        expectParse("9成", 9, range: 0..<1)
    }

    @Test func percentagePointsAreNotPercent() {
        expectParse("3.5个百分点", 3.5, range: 0..<3)
        expectParse("3.5百分点", 3.5, range: 0..<3)
    }

    // MARK: Not numbers

    @Test func notNumbers() {
        for text in ["万人", "百姓", "千方百计", "全镇经济社会发展", "", "百分之", "上", "上午", "约束", "超市", "%"] {
            #expect(NumberParser.parse(text) == nil, "\(text)")
        }
    }

    @Test func inputEndingAfterAQualifier() {
        for text in ["近", "约", "不足", "超过", "逾", "百分之"] {
            #expect(NumberParser.parse(text) == nil, "\(text)")
        }
        #expect(NumberParser.parse(scalars("人口近"), at: 2) == nil)
    }

    @Test func longDigitRunsAreRejected() {
        expectParse("123456789012345", 123_456_789_012_345)
        #expect(NumberParser.parse("1234567890123456") == nil)
        #expect(NumberParser.parse("1234567890.123456") == nil)
        #expect(NumberParser.parse("一二三四五六七八九一二三四五六七") == nil)
    }

    @Test func outOfBoundsStartsAreNil() {
        let text = scalars("33")
        #expect(NumberParser.parse(text, at: -1) == nil)
        #expect(NumberParser.parse(text, at: 2) == nil)
        #expect(NumberParser.parse([], at: 0) == nil)
    }

    // MARK: Inside a document

    @Test func parseAtAMiddleOffset() {
        let text = scalars("全镇共有户籍人口1,328人，其中外出务工近万人，耕地面积4.3万亩。")
        #expect(NumberParser.parse(text, at: 8) == ParsedNumber(value: 1328, range: 8..<13))
        #expect(NumberParser.parse(text, at: 21) == ParsedNumber(value: 10_000, qualifier: .about, range: 21..<23))
        #expect(NumberParser.parse(text, at: 29) == ParsedNumber(value: 43_000, range: 29..<33))
        #expect(NumberParser.parse(text, at: 0) == nil)
        #expect(NumberParser.parse(text, at: 22) == nil)   // 万人 without the 近
    }

    @Test func noNumberStartsInsideAnother() {
        let text = scalars("增长1.35%，共三十三人")
        #expect(NumberParser.parse(text, at: 2) == ParsedNumber(value: 1.35, isPercent: true, range: 2..<7))
        for inside in [3, 4, 5, 10, 11] { #expect(NumberParser.parse(text, at: inside) == nil, "\(inside)") }
        #expect(NumberParser.parse(scalars("1,328"), at: 2) == nil)
    }

    // MARK: Properties

    @Test func arabicRenderingsRoundTrip() {
        for n in stride(from: 0, through: 10_000, by: 7) {
            let text = String(n)
            expectParse(text, Double(n))
            expectParse(text + "%", Double(n), percent: true)
            expectParse("约" + text + "人", Double(n), .about, range: 0..<(text.count + 1))
        }
    }

    @Test func groupedAndFullWidthRenderingsRoundTrip() {
        for n in stride(from: 1000, through: 2_000_000, by: 997) {
            expectParse(grouped(n), Double(n))
            expectParse(fullWidth(String(n)), Double(n))
        }
    }

    @Test func chineseRenderingsRoundTrip() {
        for n in stride(from: 0, through: 10_000, by: 3) { expectParse(chinese(n), Double(n)) }
        for n in [10_001, 20_300, 123_456, 9_999_999, 10_000_000, 50_000_008] {
            expectParse(chinese(n), Double(n))
        }
    }

    @Test func everyPositionIsSafe() {
        let text = scalars("近1,3.５%以上余多万亿百分之廿〇二三十一百零五，约")
        for end in 0...text.count {
            let prefix = Array(text[0..<end])
            for start in 0...end {
                guard let parsed = NumberParser.parse(prefix, at: start) else { continue }
                #expect(parsed.range.lowerBound == start && parsed.range.upperBound <= end)
                #expect(parsed.value.isFinite && parsed.value >= 0)
            }
        }
    }
}

// MARK: - Renderers for the property checks

private func grouped(_ n: Int) -> String {
    var digits = Array(String(n)), out = ""
    while digits.count > 3 { out = "," + String(digits.suffix(3)) + out; digits.removeLast(3) }
    return String(digits) + out
}

private func fullWidth(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
}

/// Standard Chinese numerals: 一百零五, 十二, 一千零一十, 一万零一.
private func chinese(_ n: Int) -> String {
    let digits = Array("零一二三四五六七八九")
    if n == 0 { return "零" }
    if n >= 10_000 {
        let rest = n % 10_000
        let head = chinese(n / 10_000) + "万"
        if rest == 0 { return head }
        let below = rest < 1000 ? "零" : ""
        return head + below + (rest < 20 && rest >= 10 ? "一" : "") + chinese(rest)
    }
    let units = ["千", "百", "十", ""]
    var out = "", pendingZero = false
    for (k, place) in [1000, 100, 10, 1].enumerated() {
        let d = n / place % 10
        if d == 0 { pendingZero = !out.isEmpty; continue }
        if pendingZero { out += "零"; pendingZero = false }
        out += String(digits[d]) + units[k]
    }
    return n >= 10 && n < 20 ? String(out.dropFirst()) : out
}
