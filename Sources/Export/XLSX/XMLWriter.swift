import CLibXML2
import Foundation

/// Owns one libxml2 xmlTextWriter writing an XML part to a file. The only
/// place that calls `xmlTextWriter*` and the only place that cleans text:
/// every part writes through it.
final class XMLWriter {
    private let writer: xmlTextWriterPtr
    private var finished = false

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// libxml2's global setup, once, before writers run on several threads.
    static func initialize() {
        _ = initialized
    }

    /// - Parameter declaration: false for VML, which Excel writes without one.
    init(file: URL, declaration: Bool = true) throws {
        guard let writer = xmlNewTextWriterFilename(file.path, 0) else {
            throw XLSXError.cannotWrite(path: file.path)
        }
        self.writer = writer
        if declaration {
            try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"))
        }
    }

    deinit {
        if !finished { xmlFreeTextWriter(writer) }
    }

    func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) throws {
        try check(xmlTextWriterStartElement(writer, name))
        for (key, value) in attributes {
            try check(xmlTextWriterWriteAttribute(writer, key, Self.clean(value)))
        }
    }

    func end() throws {
        try check(xmlTextWriterEndElement(writer))
    }

    /// `<name attributes…>text</name>`, or an empty element when `text` is nil.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) throws {
        try start(name, attributes)
        if let text { try self.text(text) }
        try end()
    }

    /// Escaped character data, XML-illegal characters removed.
    func text(_ text: String) throws {
        try check(xmlTextWriterWriteString(writer, Self.clean(text)))
    }

    /// Character data escaped by libxml2 (`xmlEncodeSpecialChars`) and
    /// written raw: unlike `text`, it needs no open element, so a fragment
    /// of a part (a slice of a sheet's rows, written on another thread) can
    /// be produced by a writer of its own.
    func escapedText(_ text: String) throws {
        guard let escaped = xmlEncodeSpecialChars(nil, Self.clean(text)) else { throw XLSXError.xmlWriter }
        defer { fazhi_xml_free(escaped) }
        try check(xmlTextWriterWriteRaw(writer, escaped))
    }

    /// Markup that needs no escaping (numbers, cell references) written as
    /// is: the per-cell fast path of big sheets.
    func raw(_ markup: String) throws {
        try check(xmlTextWriterWriteRaw(writer, markup))
    }

    /// Bytes of markup that needs no escaping, as `raw` for a buffer.
    func raw(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: xmlChar.self) { characters in
                try check(xmlTextWriterWriteRawLen(writer, characters.baseAddress, Int32(characters.count)))
            }
        }
    }

    /// Ends the document and flushes the file. Elements opened with `start`
    /// are closed; markup written raw is the caller's to balance.
    /// Freeing the writer closes the file: libxml2 writes through stdio,
    /// whose buffer a flush alone leaves unwritten.
    func finish() throws {
        guard !finished else { return }
        finished = true
        let ended = xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        try check(ended)
    }

    private func check(_ status: Int32) throws {
        if status < 0 { throw XLSXError.xmlWriter }
    }

    /// Text without the characters XML 1.0 forbids (C0 controls other than
    /// tab, LF and CR; U+FFFE, U+FFFF): xmlTextWriter passes them through and
    /// the part no longer parses.
    static func clean(_ text: String) -> String {
        // Fast check on the bytes: controls are below 0x20; U+FFFE/U+FFFF start with 0xEF 0xBF.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xBF }),
              text.unicodeScalars.contains(where: isIllegal) else { return text }
        var cleaned = String.UnicodeScalarView()
        cleaned.append(contentsOf: text.unicodeScalars.lazy.filter { !isIllegal($0) })
        return String(cleaned)
    }

    private static func isIllegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
