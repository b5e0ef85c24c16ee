import Foundation

/// Bytes to text: byte-order marks first, then strict UTF-8, then uchardet's
/// guess, checked by decoding strictly with iconv. Never returns garbled
/// text: a decode error or implausible result is thrown, not papered over.
/// Not thread-safe (owns C handles): one decoder per worker.
final class TextDecoder {
    struct Decoded: Equatable {
        var text: String
        /// The encoding's iconv name; `UTF-8-BOM` for UTF-8 with a byte-order mark.
        var encoding: String
    }

    private let detector: CharsetDetector
    private var converters: [String: IconvConverter] = [:]

    /// Encodings uchardet names that we trust outright; a decode error in one
    /// of them is reported as such rather than retried as something else.
    private static let trustedGuesses: Set<String> = [
        "UTF-8", "GB18030", "BIG5", "UTF-16LE", "UTF-16BE", "EUC-TW", "BIG5-HKSCS", "HZ-GB-2312", "ISO-2022-CN",
    ]
    /// What to try, in order, when uchardet's guess is not a Chinese encoding
    /// (short or mostly-ASCII text is sometimes guessed as WINDOWS-1252 or EUC-JP).
    private static let fallbacks = ["GB18030", "BIG5"]

    init() throws {
        detector = try CharsetDetector()
    }

    /// `declared` is what the file itself claims (an HTML page's charset):
    /// tried after strict UTF-8, before guessing, and only kept when it
    /// decodes cleanly to plausible Chinese text.
    func decode(_ data: Data, declared: String? = nil) throws -> Decoded {
        guard !data.isEmpty else { throw IngestError.emptyFile }
        if let bom = ByteOrderMark(prefixOf: data) {
            let body = data.dropFirst(bom.length)
            return Decoded(text: try converter(for: bom.encoding).convert(Data(body)), encoding: bom.name)
        }
        if looksBinary(data) { throw IngestError.binaryContent }
        if let text = String(validating: data, as: UTF8.self) {
            return Decoded(text: text, encoding: "UTF-8")
        }
        if let damage = UTF8Damage(in: data) {
            // Mostly valid UTF-8 with a bad or cut-off sequence: reading it as
            // GB18030 would "succeed" and produce mojibake, so say what is wrong.
            if damage.mixed { throw IngestError.mixedEncodings(offset: damage.offset) }
            throw damage.atEnd
                ? IngestError.truncated(encoding: "UTF-8", offset: damage.offset)
                : IngestError.invalidBytes(encoding: "UTF-8", offset: damage.offset)
        }
        if let declared, declared != "UTF-8", let decoder = try? converter(for: declared),
           let text = try? decoder.convert(data), PlausibleChinese.check(text) {
            return Decoded(text: text, encoding: declared)
        }
        let guess = detector.guess(data)?.uppercased()
        if let guess, Self.trustedGuesses.contains(guess) {
            return Decoded(text: try converter(for: guess).convert(data), encoding: guess)
        }
        var tried: [String] = []
        for candidate in (guess.map { [$0] } ?? []) + Self.fallbacks where !tried.contains(candidate) {
            tried.append(candidate)
            guard let decoder = try? converter(for: candidate),
                  let text = try? decoder.convert(data),
                  PlausibleChinese.check(text) else { continue }
            return Decoded(text: text, encoding: candidate)
        }
        throw IngestError.undetectableEncoding(tried: tried)
    }

    private func converter(for encoding: String) throws -> IconvConverter {
        if let cached = converters[encoding] { return cached }
        let made = try IconvConverter(from: encoding)
        converters[encoding] = made
        return made
    }

    /// NUL bytes or many C0 controls (other than tab, newline, CR, form feed)
    /// mean this is not text in any encoding we read (UTF-16 comes with a BOM).
    private func looksBinary(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            let sample = min(bytes.count, 65_536)
            var controls = 0
            for index in 0..<sample {
                let byte = bytes[index]
                if byte == 0 { return true }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
            }
            return controls * 100 > sample
        }
    }
}

/// A byte-order mark at the start of a file.
struct ByteOrderMark {
    let encoding: String
    let name: String
    let length: Int

    init?(prefixOf data: Data) {
        let head = [UInt8](data.prefix(3))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            (encoding, name, length) = ("UTF-8", "UTF-8-BOM", 3)
        } else if head.starts(with: [0xFF, 0xFE]) {
            (encoding, name, length) = ("UTF-16LE", "UTF-16LE", 2)
        } else if head.starts(with: [0xFE, 0xFF]) {
            (encoding, name, length) = ("UTF-16BE", "UTF-16BE", 2)
        } else {
            return nil
        }
    }
}
