import CLibXML2

/// Owns one page parsed by libxml2's HTML parser; frees it on deinit.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// Recovering parse of UTF-8 text. Network access is off and the page's
    /// own charset declaration is ignored: the bytes were already decoded.
    init(utf8 text: String) throws {
        LibXML.initialize()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed = text.utf8CString.withUnsafeBufferPointer { buffer in
            htmlReadMemory(buffer.baseAddress, Int32(buffer.count - 1), nil, "UTF-8", options)
        }
        guard let parsed else { throw IngestError.noReportInPage(reason: "libxml2 could not parse the page") }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The `<html>` element, or nil for an empty page.
    var root: HTMLNode? {
        xmlDocGetRootElement(document).map(HTMLNode.init)
    }
}
