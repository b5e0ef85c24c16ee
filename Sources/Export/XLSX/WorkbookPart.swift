import Foundation

/// `xl/workbook.xml`: the sheet list and each sheet's filter range, in
/// CT_Workbook order.
struct WorkbookPart {
    struct Sheet {
        let name: String
        let relationship: String
        /// The autofilter's range, A1 style.
        let filter: String?
    }

    let sheets: [Sheet]

    func write(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("workbook", ["xmlns": Namespace.spreadsheet, "xmlns:r": Namespace.relationships])
        try writeBookViews(writer)
        try writeSheets(writer)
        try writeDefinedNames(writer)
        try writer.end()
        try writer.finish()
    }

    func writeBookViews(_ writer: XMLWriter) throws {
        try writer.start("bookViews")
        try writer.element("workbookView", ["activeTab": "0"])
        try writer.end()
    }

    func writeSheets(_ writer: XMLWriter) throws {
        try writer.start("sheets")
        for (index, sheet) in sheets.enumerated() {
            try writer.element("sheet", ["name": sheet.name, "sheetId": String(index + 1), "r:id": sheet.relationship])
        }
        try writer.end()
    }

    /// Excel keeps an autofilter's range in a hidden name per sheet.
    func writeDefinedNames(_ writer: XMLWriter) throws {
        let filtered = sheets.enumerated().compactMap { index, sheet in sheet.filter.map { (index, sheet.name, $0) } }
        guard !filtered.isEmpty else { return }
        try writer.start("definedNames")
        for (index, name, range) in filtered {
            try writer.element("definedName", ["name": "_xlnm._FilterDatabase", "localSheetId": String(index), "hidden": "1"],
                               text: CellReference.absolute(range, sheet: name))
        }
        try writer.end()
    }
}
