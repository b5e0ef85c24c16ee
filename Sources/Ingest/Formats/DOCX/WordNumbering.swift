import Foundation

/// Word's automatic list numbering (`word/numbering.xml`): headings such as
/// 一、 or （一） that Word draws rather than stores in the text. Without
/// them the section splitter would not see the report's headings.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        /// "%1、", "（%1）", "%1.%2": %n is level n's counter.
        var text = "%1."
        var start = 1
    }

    static let part = "word/numbering.xml"
    static let stylesPart = "word/styles.xml"

    /// numId → abstractNumId, and abstractNumId → its levels.
    private var instances: [String: String] = [:]
    private var definitions: [String: [Int: Level]] = [:]
    /// Counters per numId, one per level.
    private var counters: [String: [Int]] = [:]
    /// Paragraph styles that number their paragraphs (heading styles linked
    /// to a list): styleId → (numId, level).
    private(set) var styles: [String: (id: String, level: Int)] = [:]

    init() {}

    /// Reads the definitions; a package without numbering has none.
    init(_ data: Data) throws {
        let reader = try XMLReader(data, part: Self.part)
        var abstract: String?
        var num: String?
        var level: Int?
        while let node = try reader.next() {
            switch node {
            case .documentType, .entityReference:
                throw IngestError.hostilePackage(reason: "\(Self.part) declares a DTD or entities (an XXE attack?)")
            case let .elementStart(name, _):
                switch name {
                case "abstractNum": abstract = reader.attribute("abstractNumId")
                case "num": num = reader.attribute("numId")
                case "abstractNumId": if let num, let id = reader.attribute("val") { instances[num] = id }
                case "lvl": level = reader.attribute("ilvl").flatMap(Int.init)
                case "numFmt", "lvlText", "start":
                    guard let abstract, let level, let value = reader.attribute("val") else { break }
                    var entry = definitions[abstract, default: [:]][level, default: Level()]
                    if name == "numFmt" { entry.format = value }
                    if name == "lvlText" { entry.text = value }
                    if name == "start" { entry.start = Int(value) ?? 1 }
                    definitions[abstract, default: [:]][level] = entry
                default: break
                }
            case let .elementEnd(name):
                if name == "abstractNum" { abstract = nil }
                if name == "num" { num = nil }
                if name == "lvl" { level = nil }
            case .text, .other:
                break
            }
        }
    }

    /// Reads which paragraph styles carry list numbering (`w:style/w:pPr/w:numPr`).
    mutating func readStyles(_ data: Data) throws {
        let reader = try XMLReader(data, part: Self.stylesPart)
        var style: String?
        var id: String?
        var level = 0
        while let node = try reader.next() {
            switch node {
            case .documentType, .entityReference:
                throw IngestError.hostilePackage(reason: "\(Self.stylesPart) declares a DTD or entities (an XXE attack?)")
            case let .elementStart(name, _):
                if name == "style" { (style, id, level) = (reader.attribute("styleId"), nil, 0) }
                if name == "numId" { id = reader.attribute("val") }
                if name == "ilvl" { level = reader.attribute("val").flatMap(Int.init) ?? 0 }
            case let .elementEnd(name):
                if name == "style", let style, let id, id != "0" { styles[style] = (id, level) }
                if name == "style" { style = nil }
            case .text, .other:
                break
            }
        }
    }

    /// The label of the next paragraph numbered `numId` at `level`
    /// ("三、"), counting it; nil for bullets and unknown lists.
    mutating func label(numId: String, level: Int) -> String? {
        guard let abstract = instances[numId], let levels = definitions[abstract], let own = levels[level],
              own.format != "bullet", own.format != "none" else { return nil }
        var values = counters[numId] ?? (0...8).map { (levels[$0]?.start ?? 1) - 1 }
        values[level] += 1
        for deeper in (level + 1)..<values.count { values[deeper] = (levels[deeper]?.start ?? 1) - 1 }
        counters[numId] = values
        var label = own.text
        for shown in (0...level).reversed() {
            let format = levels[shown]?.format ?? "decimal"
            label = label.replacingOccurrences(of: "%\(shown + 1)", with: Self.format(values[shown], as: format))
        }
        return label
    }

    /// A counter in one of Word's number formats.
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCountingThousand",
             "ideographDigital", "japaneseCounting":
            return ChineseNumeral.text(value)
        case "ideographTraditional":
            let stems = Array("甲乙丙丁戊己庚辛壬癸")
            return value >= 1 && value <= stems.count ? String(stems[value - 1]) : String(value)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(value) ? String(Unicode.Scalar(0x2460 + value - 1)!) : String(value)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
        case "upperLetter", "lowerLetter":
            let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
            return format == "upperLetter" ? String(letter) : String(letter).lowercased()
        default:
            return String(value)
        }
    }
}

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: list counters as Word draws them.
enum ChineseNumeral {
    static let digits = Array("零一二三四五六七八九")

    static func text(_ value: Int) -> String {
        guard value > 0, value < 1000 else { return String(value) }
        let hundreds = value / 100, tens = value / 10 % 10, ones = value % 10
        var text = ""
        if hundreds > 0 { text += String(digits[hundreds]) + "百" }
        if tens > 0 {
            if !(hundreds == 0 && tens == 1) { text += String(digits[tens]) }
            text += "十"
        } else if hundreds > 0, ones > 0 {
            text += "零"
        }
        if ones > 0 { text += String(digits[ones]) }
        return text
    }
}
