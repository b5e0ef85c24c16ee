import CLibXML2

/// Process-wide libxml2 setup. `xmlInitParser` must run once before parsers
/// are used from several threads; after that each parse owns its context.
enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() {
        _ = initialized
    }

    /// A libxml2 string (UTF-8, NUL-terminated) as a Swift string; "" for NULL.
    static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        guard let characters else { return "" }
        return String(cString: UnsafeRawPointer(characters).assumingMemoryBound(to: CChar.self))
    }
}
