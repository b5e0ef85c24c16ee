/// Sheet names as Excel accepts them: 1–31 characters, none of `[]:*?/\`,
/// no apostrophe at either end, not "History", unique ignoring case.
enum SheetName {
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    static func check(_ name: String, against existing: [String]) throws {
        let valid = (1...31).contains(name.count) && !name.contains(where: forbidden.contains)
            && !name.hasPrefix("'") && !name.hasSuffix("'") && name.lowercased() != "history"
            && !existing.contains { $0.lowercased() == name.lowercased() }
        if !valid { throw XLSXError.invalidSheetName(name) }
    }
}
