// Reads the quantities township reports write in Arabic, Chinese or mixed numerals,
// with the qualifier words around them (近/约/超/余/多/以上…). It works on an array of
// Unicode scalars because the extractor probes every position of a document: no Regex,
// no String/Character walking and no allocation per call.

/// How a reported quantity relates to its true value.
public enum NumberQualifier: String, Codable, Sendable, CaseIterable { case exact, over, about, under }

public struct ParsedNumber: Equatable, Sendable {
    public var value: Double
    public var qualifier: NumberQualifier
    public var isPercent: Bool
    /// Scalar indices consumed in the input, prefix qualifier words included.
    public var range: Range<Int>

    public init(value: Double, qualifier: NumberQualifier = .exact, isPercent: Bool = false, range: Range<Int>) {
        self.value = value
        self.qualifier = qualifier
        self.isPercent = isPercent
        self.range = range
    }
}

public enum NumberParser {
    /// Parses the number that starts exactly at `start` in `scalars` (a prefix qualifier word such as 近/约/超/逾/不足 may start there). nil when no number starts there.
    public static func parse(_ scalars: [Unicode.Scalar], at start: Int) -> ParsedNumber? {
        let s = scalars
        guard start >= 0, start < s.count, !continuesNumber(s, at: start) else { return nil }
        var i = start
        var qualifier = NumberQualifier.exact
        if let (q, length) = prefixQualifier(s, at: i) { qualifier = q; i += length }
        var isPercent = false
        if hasWord(s, at: i, percentOf) { isPercent = true; i += percentOf.count }
        guard let body = arabic(s, at: i) ?? chinese(s, at: i) else { return nil }
        var value = body.value, end = body.end
        if isPercent, let (fraction, fractionEnd) = chineseFraction(s, at: end) { value += fraction; end = fractionEnd }

        // 余/多 sit right after the number and may still be scaled by 万/亿: 十余万, 两千多万.
        if end < s.count, s[end] == "余" || s[end] == "多" {
            if qualifier == .exact { qualifier = .over }
            end += 1
            if end < s.count, case .unit(let u)? = token(s[end]), u >= 1e4 { value *= u; end += 1 }
        }
        if !isPercent, let tenthsEnd = tenths(s, body: i..<end) {
            value *= 10; isPercent = true; end = tenthsEnd
            if end < s.count, s[end] == "多" { if qualifier == .exact { qualifier = .over }; end += 1 }
        }
        // A lone 万/百/千 (万人, 百姓, 千方百计) only counts when a qualifier or 百分之 marks it.
        if body.bare && qualifier == .exact && !isPercent { return nil }
        if !isPercent, end < s.count, s[end] == "%" || s[end] == "％" { isPercent = true; end += 1 }
        if let (q, length) = boundWord(s, at: end, allowYu: false) {
            if qualifier == .exact { qualifier = q }   // the first qualifier read wins
            end += length
        }
        guard value.isFinite else { return nil }
        return ParsedNumber(value: value, qualifier: qualifier, isPercent: isPercent, range: start..<end)
    }

    /// Convenience: parses a whole string from its first scalar; nil unless a number starts at index 0.
    public static func parse(_ text: String) -> ParsedNumber? {
        parse(Array(text.unicodeScalars), at: 0)
    }

    /// A qualifier word that follows a measure word, e.g. 以上 / 左右 / 以下 / 以内 / 上下 / 余 at `start`; returns it and how many scalars it spans.
    public static func trailingQualifier(_ scalars: [Unicode.Scalar], at start: Int) -> (NumberQualifier, Int)? {
        guard start >= 0 else { return nil }
        return boundWord(scalars, at: start, allowYu: true)
    }

    // MARK: - Number bodies

    /// The number without its qualifiers; `bare` when it opens with a digit-less 百/千/万/亿.
    private struct Body { var value: Double; var end: Int; var bare: Bool }

    /// Longer runs are identifiers or garbage, and past 15 digits a Double stops being exact.
    private static let maxDigits = 15

    /// 33, ３３, 1,328, 93.26, and Chinese multipliers after them: 1.5万, 2亿, 3千万.
    private static func arabic(_ s: [Unicode.Scalar], at start: Int) -> Body? {
        guard start < s.count, arabicDigit(s[start]) != nil else { return nil }
        var i = start, mantissa = 0.0, digits = 0, fractionDigits = 0
        while i < s.count {
            if let d = arabicDigit(s[i]) { mantissa = mantissa * 10 + d; digits += 1; i += 1 }
            else if s[i] == ",", isThousandsGroup(s, at: i + 1) { i += 1 }
            else { break }
            if digits > maxDigits { return nil }
        }
        // The point must sit between digits: "3." before a non-digit ends the number at 3.
        if i + 1 < s.count, isPoint(s[i]), arabicDigit(s[i + 1]) != nil {
            i += 1
            while i < s.count, let d = arabicDigit(s[i]) {
                mantissa = mantissa * 10 + d; digits += 1; fractionDigits += 1; i += 1
                if digits > maxDigits { return nil }
            }
        }
        var multiplier = 1.0, units = 0
        while i < s.count, units < 3, case .unit(let u)? = token(s[i]), u >= 100, !startsPercentWord(s, at: i) {
            // 千 before 米/克/瓦… is the metric prefix of the measure word (5千米 = 5 km).
            if u == 1000, i + 1 < s.count, isMetricBase(s[i + 1]) { break }
            multiplier *= u; units += 1; i += 1
        }
        // Scale before dividing so 4.3万 is exactly 43000, not 42999.999….
        var divisor = 1.0
        for _ in 0..<fractionDigits { divisor *= 10 }
        return Body(value: mantissa * multiplier / divisor, end: i, bare: false)
    }

    /// Chinese numerals. A run without unit characters is read digit by digit (二〇二三).
    private static func chinese(_ s: [Unicode.Scalar], at start: Int) -> Body? {
        var runEnd = start, hasUnit = false
        while runEnd < s.count, let t = token(s[runEnd]) {
            if case .digit = t {} else { hasUnit = true }
            runEnd += 1
        }
        guard runEnd > start else { return nil }
        if hasUnit { return positional(s, from: start, to: runEnd) }
        guard runEnd - start <= maxDigits else { return nil }
        var value = 0.0
        for k in start..<runEnd { if case .digit(let d)? = token(s[k]) { value = value * 10 + Double(d) } }
        return Body(value: value, end: runEnd, bare: false)
    }

    /// 三十三, 一百零五, 一亿二千万, and the shorthand 三千五 = 3500, 一万五 = 15000.
    /// Stops, without failing, at the first character that cannot continue the number.
    private static func positional(_ s: [Unicode.Scalar], from start: Int, to runEnd: Int) -> Body? {
        var yi = 0.0, wan = 0.0, section = 0.0       // groups closed by 亿, by 万, and the open one
        var digit: Double? = nil, digitScale = 1.0   // pending digit; scale > 1 in the shorthand
        var lastUnit = 0.0                           // unit read just before the pending digit
        var sectionUnit = Double.infinity            // 十/百/千 must descend within a group
        var afterZero = false, bare = false
        var i = start, end = start
        loop: while i < runEnd, let t = token(s[i]) {
            switch t {
            case .digit(let d):
                if digit != nil { break loop }   // 十四五 is 十四 then 五
                if d == 0 { afterZero = true; i += 1; continue }   // 零 only pads: 一百零五
                digit = Double(d)
                digitScale = afterZero || lastUnit < 100 ? 1 : lastUnit / 10
            case .tens(let v):   // 廿, 卅
                if digit != nil || sectionUnit <= 10 { break loop }
                section += v; sectionUnit = 10; lastUnit = 10; afterZero = false
            case .unit(let u) where u < 1e4:   // 十, 百, 千
                if u >= sectionUnit || startsPercentWord(s, at: i) { break loop }
                if digit == nil && i == start && u > 10 { bare = true }   // 十 alone is plainly 10
                section += (digit ?? 1) * u
                digit = nil; sectionUnit = u; lastUnit = u; afterZero = false
            case .unit(let u):   // 万, 亿 close a group
                if u == 1e4 && wan != 0 { break loop }
                var group = section + (digit ?? 0) + (u == 1e8 ? yi + wan : 0)
                if group == 0 {
                    guard i == start else { break loop }
                    bare = true; group = 1
                }
                if u == 1e4 { wan = group * u } else { yi = group * u; wan = 0 }
                section = 0; digit = nil; sectionUnit = .infinity; lastUnit = u; afterZero = false
            }
            i += 1
            end = i
        }
        guard end > start else { return nil }
        return Body(value: yi + wan + section + (digit ?? 0) * digitScale, end: end, bare: bare)
    }

    /// 点二 in 百分之九十七点二: the Chinese decimal point and the digits after it.
    /// Only after 百分之, where 点 cannot be a clock hour (五点) or a 'bit' (一点).
    private static func chineseFraction(_ s: [Unicode.Scalar], at point: Int) -> (Double, Int)? {
        guard point < s.count, s[point] == "点" else { return nil }
        var digits = 0.0, divisor = 1.0, i = point + 1
        while i < s.count, i - point <= 6, case .digit(let d)? = token(s[i]) {
            digits = digits * 10 + Double(d)
            divisor *= 10
            i += 1
        }
        return i > point + 1 ? (digits / divisor, i) : nil
    }

    /// 九成 = 90%, 八成以上: one Chinese digit, 成, then a pause, 的, or a qualifier
    /// (一成不变 and 三成员 are no rates). Returns where the 成 ends.
    private static func tenths(_ s: [Unicode.Scalar], body: Range<Int>) -> Int? {
        guard body.count == 1, case .digit(let d)? = token(s[body.lowerBound]), d > 0,
              body.upperBound < s.count, s[body.upperBound] == "成" else { return nil }
        let end = body.upperBound + 1
        guard end < s.count else { return end }
        let next = s[end]
        let pause = !next.properties.isAlphabetic && arabicDigit(next) == nil
        return pause || "以左多的".unicodeScalars.contains(next) ? end : nil
    }

    // MARK: - Qualifier words

    private static func words(_ list: [(String, NumberQualifier)]) -> [([Unicode.Scalar], NumberQualifier)] {
        list.map { (Array($0.0.unicodeScalars), $0.1) }
    }

    /// Longest first where one word begins another (超过 before 超).
    private static let prefixWords = words([
        ("不少于", .over), ("不低于", .over), ("至少", .over), ("不超过", .under), ("不高于", .under),
        ("超过", .over), ("多达", .over), ("超", .over), ("逾", .over),
        ("将近", .about), ("大约", .about), ("接近", .about), ("近", .about), ("约", .about),
        ("不足", .under), ("不到", .under), ("少于", .under),
    ])
    private static let boundWords = words([
        ("以上", .over), ("左右", .about), ("上下", .about), ("以下", .under), ("以内", .under),
    ])
    private static let percentOf = Array("百分之".unicodeScalars)

    private static func prefixQualifier(_ s: [Unicode.Scalar], at i: Int) -> (NumberQualifier, Int)? {
        for (word, q) in prefixWords where hasWord(s, at: i, word) { return (q, word.count) }
        // 上 only qualifies a bare 百/千/万/亿: 上万 is "over ten thousand", 上3 is nothing.
        if i + 1 < s.count, s[i] == "上", case .unit(let u)? = token(s[i + 1]), u >= 100 { return (.over, 1) }
        return nil
    }

    private static func boundWord(_ s: [Unicode.Scalar], at i: Int, allowYu: Bool) -> (NumberQualifier, Int)? {
        for (word, q) in boundWords where hasWord(s, at: i, word) { return (q, word.count) }
        if allowYu, i < s.count, s[i] == "余" { return (.over, 1) }
        return nil
    }

    // MARK: - Scalar classes

    private enum Token { case digit(Int), tens(Double), unit(Double) }

    /// Chinese numeral characters, financial and traditional forms included.
    private static func token(_ c: Unicode.Scalar) -> Token? {
        switch c {
        case "零", "〇", "○": .digit(0)
        case "一", "壹": .digit(1)
        case "二", "两", "兩", "贰", "貳": .digit(2)
        case "三", "叁": .digit(3)
        case "四", "肆": .digit(4)
        case "五", "伍": .digit(5)
        case "六", "陆", "陸": .digit(6)
        case "七", "柒": .digit(7)
        case "八", "捌": .digit(8)
        case "九", "玖": .digit(9)
        case "廿": .tens(20)
        case "卅": .tens(30)
        case "十", "拾": .unit(10)
        case "百", "佰": .unit(100)
        case "千", "仟": .unit(1000)
        case "万", "萬": .unit(1e4)
        case "亿", "億": .unit(1e8)
        default: nil
        }
    }

    /// ASCII or full-width digit value.
    private static func arabicDigit(_ c: Unicode.Scalar) -> Double? {
        switch c.value {
        case 0x30...0x39: Double(c.value - 0x30)
        case 0xFF10...0xFF19: Double(c.value - 0xFF10)
        default: nil
        }
    }

    private static func isPoint(_ c: Unicode.Scalar) -> Bool { c == "." || c == "．" }

    private static func isMetricBase(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "米", "克", "瓦", "伏", "卡", "帕", "赫": true
        default: false
        }
    }

    /// 百分之 / 百分点: the 百 is part of a percent word, not a multiplier.
    private static func startsPercentWord(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i + 1 < s.count && s[i] == "百" && s[i + 1] == "分"
    }

    /// Exactly three digits start at `i` (a thousands group after a comma).
    private static func isThousandsGroup(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 3 <= s.count else { return false }
        for k in i..<(i + 3) where arabicDigit(s[k]) == nil { return false }
        return i + 3 == s.count || arabicDigit(s[i + 3]) == nil
    }

    /// True when `start` is inside a number rather than at its start (the 3 of 1.35, the 三 of 十三).
    private static func continuesNumber(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        guard start > 0 else { return false }
        let prev = s[start - 1]
        if arabicDigit(prev) != nil || token(prev) != nil { return true }
        guard start >= 2, arabicDigit(s[start - 2]) != nil else { return false }
        if isPoint(prev) { return arabicDigit(s[start]) != nil }
        return prev == "," && isThousandsGroup(s, at: start)
    }

    private static func hasWord(_ s: [Unicode.Scalar], at i: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i + word.count <= s.count else { return false }
        for k in 0..<word.count where s[i + k] != word[k] { return false }
        return true
    }
}
