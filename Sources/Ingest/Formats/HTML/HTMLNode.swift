import CLibXML2

/// A read-only view of one node of a parsed page. Valid only while the
/// owning `HTMLDocument` lives.
struct HTMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// Lower-case element name ("p", "div"); "" for other nodes.
    var name: String { isElement ? LibXML.string(pointer.pointee.name).lowercased() : "" }

    /// A text node's characters.
    var text: String { LibXML.string(pointer.pointee.content) }

    var parent: HTMLNode? {
        pointer.pointee.parent.map(HTMLNode.init)
    }

    var children: [HTMLNode] {
        var nodes: [HTMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            nodes.append(HTMLNode(pointer: current))
            child = current.pointee.next
        }
        return nodes
    }

    /// An attribute's value, read from the node's own list (nothing to free).
    func attribute(_ wanted: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if LibXML.string(current.pointee.name).lowercased() == wanted {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    value += LibXML.string(text.pointee.content)
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The words of the `class` and `id` attributes, split at spaces, `-`
    /// and `_`, lower-cased: what portal templates name their page parts with.
    var designations: [String] {
        [attribute("class"), attribute("id")].compactMap { $0 }.joined(separator: " ").lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" }).map(String.init)
    }

    /// All text below this node, in document order.
    var allText: String {
        if isText { return text }
        return children.map(\.allText).joined()
    }
}
