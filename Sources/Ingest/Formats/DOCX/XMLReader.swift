import CLibXML2
import Foundation

/// Owns one libxml2 streaming reader over an XML part held in memory.
/// Untrusted input: no network, no entity substitution, no DTD loading.
final class XMLReader {
    enum NodeKind {
        case elementStart(name: String, isEmpty: Bool)
        case elementEnd(name: String)
        case text(String)
        case documentType
        case entityReference
        case other
    }

    private let reader: xmlTextReaderPtr
    /// The bytes stay alive (and unmoved) as long as the reader reads them.
    private let bytes: UnsafeMutableRawBufferPointer
    private let part: String

    init(_ data: Data, part: String) throws {
        LibXML.initialize()
        self.part = part
        bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: bytes)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue)
        let base = bytes.baseAddress!.assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(base, Int32(data.count), part, nil, options) else {
            bytes.deallocate()
            throw IngestError.damagedPackage(reason: "\(part) cannot be read as XML")
        }
        self.reader = reader
    }

    deinit {
        xmlFreeTextReader(reader)
        bytes.deallocate()
    }

    /// The next node, nil at the end; throws when the XML is not well-formed.
    func next() throws -> NodeKind? {
        let status = xmlTextReaderRead(reader)
        if status == 0 { return nil }
        guard status == 1 else {
            let line = xmlTextReaderGetParserLineNumber(reader)
            throw IngestError.damagedPackage(reason: "\(part) is not well-formed XML (near line \(line))")
        }
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            return .elementStart(name: localName, isEmpty: xmlTextReaderIsEmptyElement(reader) == 1)
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
            return .elementEnd(name: localName)
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
             Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            return .text(LibXML.string(xmlTextReaderConstValue(reader)))
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            return .documentType
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
            return .entityReference
        default:
            return .other
        }
    }

    private var localName: String { LibXML.string(xmlTextReaderConstLocalName(reader)) }

    /// An attribute of the element just returned by `next()`, by local name
    /// (`val` for w:val), whatever its prefix.
    func attribute(_ wanted: String) -> String? {
        defer { xmlTextReaderMoveToElement(reader) }
        var found = xmlTextReaderMoveToFirstAttribute(reader)
        while found == 1 {
            if localName == wanted { return LibXML.string(xmlTextReaderConstValue(reader)) }
            found = xmlTextReaderMoveToNextAttribute(reader)
        }
        return nil
    }
}
