import Foundation
import PipelineCore
import ZIPFoundation

/// Writes an .xlsx package. Each sheet streams to its part file in a scratch
/// folder as it is added; `close()` writes the workbook-level parts and
/// zips everything (deflate, fixed entry times) into the destination, which
/// is replaced atomically. The packager alone names the zip entries.
public final class XLSXPackager {
    /// Zip entry times and docProps dates: fixed, for byte-identical output.
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01T00:00:00Z
    static let fixedDateText = "2000-01-01T00:00:00Z"

    private let destination: URL
    private let title: String
    private let scratch: URL
    private let sharedStrings = SharedStringsPart()
    private var contentTypes = ContentTypesPart()
    private var workbookRelations = RelationshipsPart()
    private var sheets: [WorkbookPart.Sheet] = []
    /// Zip entry path → the scratch files that make it up, in the order they are zipped.
    private var parts: [(path: String, files: [URL])] = []
    private var chartCount = 0
    /// The next free block of VML shape ids (see `VMLDrawingPart`).
    private var nextVMLBlock = 1

    public init(destination: URL, title: String) throws {
        self.destination = destination
        self.title = title
        // Beside the destination, not in $TMPDIR (often a small tmpfs): the
        // parts are stored there unzipped.
        let folder = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent).parts."
        // Parts a killed run left behind (runs hold the pipeline lock, so none is live).
        for stale in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where stale.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(stale))
        }
        scratch = folder.appendingPathComponent(prefix + String(getpid()))
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        XMLWriter.initialize()
    }

    deinit {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Writes one sheet. Rows are read as the writer goes (a lazy collection
    /// keeps memory flat); big sheets are written in slices on all cores.
    public func addSheet<Rows: RandomAccessCollection>(_ layout: SheetLayout, rows: Rows) throws
    where Rows.Element == [XLSXCell], Rows.Index == Int {
        try SheetName.check(layout.name, against: sheets.map(\.name))
        let number = sheets.count + 1
        var ownRelations = RelationshipsPart()
        var relations = SheetRelations()
        if !layout.charts.isEmpty {
            relations.drawing = ownRelations.add(RelationshipType.drawing, target: "../drawings/drawing\(number).xml")
        }
        if !layout.comments.isEmpty {
            relations.comments = ownRelations.add(RelationshipType.comments, target: "../comments\(number).xml")
            relations.vmlDrawing = ownRelations.add(RelationshipType.vmlDrawing, target: "../drawings/vmlDrawing\(number).vml")
        }
        let sheetPath = "xl/worksheets/sheet\(number).xml"
        let worksheet = WorksheetPart(layout: layout, relations: relations, sharedStrings: sharedStrings)
        let filter = try worksheet.write(rows) { count in files(for: sheetPath, count: count) }
        contentTypes.add(sheetPath, type: ContentTypesPart.worksheet)
        let id = workbookRelations.add(RelationshipType.worksheet, target: "worksheets/sheet\(number).xml")
        sheets.append(WorkbookPart.Sheet(name: layout.name, relationship: id, filter: layout.header.isEmpty ? nil : filter))
        try writeSheetParts(layout, number: number)
        if !ownRelations.relationships.isEmpty {
            try ownRelations.write(to: file(for: "xl/worksheets/_rels/sheet\(number).xml.rels"))
        }
    }

    /// Comments with their VML, and the drawing with its charts.
    private func writeSheetParts(_ layout: SheetLayout, number: Int) throws {
        if !layout.comments.isEmpty {
            let commentsPath = "xl/comments\(number).xml"
            try CommentsPart(comments: layout.comments).write(to: file(for: commentsPath))
            contentTypes.add(commentsPath, type: ContentTypesPart.comments)
            let vml = VMLDrawingPart(comments: layout.comments, firstBlock: nextVMLBlock)
            try vml.write(to: file(for: "xl/drawings/vmlDrawing\(number).vml"))
            nextVMLBlock += vml.blockList.count
        }
        guard !layout.charts.isEmpty else { return }
        var drawingRelations = RelationshipsPart()
        var anchored: [(chart: LineChart, relationship: String)] = []
        for chart in layout.charts {
            chartCount += 1
            let chartPath = "xl/charts/chart\(chartCount).xml"
            try ChartPart(chart: chart, sheet: layout.name).write(to: file(for: chartPath))
            contentTypes.add(chartPath, type: ContentTypesPart.chart)
            anchored.append((chart, drawingRelations.add(RelationshipType.chart, target: "../charts/chart\(chartCount).xml")))
        }
        let drawingPath = "xl/drawings/drawing\(number).xml"
        try DrawingPart(charts: anchored).write(to: file(for: drawingPath))
        contentTypes.add(drawingPath, type: ContentTypesPart.drawing)
        try drawingRelations.write(to: file(for: "xl/drawings/_rels/drawing\(number).xml.rels"))
    }

    /// Writes the workbook-level parts and zips the package into place.
    public func close() throws {
        try WorkbookPart(sheets: sheets).write(to: file(for: "xl/workbook.xml"))
        contentTypes.add("xl/workbook.xml", type: ContentTypesPart.workbook)
        workbookRelations.add(RelationshipType.styles, target: "styles.xml")
        try StylesPart.write(to: file(for: "xl/styles.xml"))
        contentTypes.add("xl/styles.xml", type: ContentTypesPart.styles)
        workbookRelations.add(RelationshipType.sharedStrings, target: "sharedStrings.xml")
        try sharedStrings.write(to: file(for: "xl/sharedStrings.xml"))
        contentTypes.add("xl/sharedStrings.xml", type: ContentTypesPart.sharedStrings)
        try workbookRelations.write(to: file(for: "xl/_rels/workbook.xml.rels"))
        let properties = DocumentPropertiesParts(title: title, created: Self.fixedDateText, sheetNames: sheets.map(\.name))
        try properties.writeCore(to: file(for: "docProps/core.xml"))
        contentTypes.add("docProps/core.xml", type: ContentTypesPart.core)
        try properties.writeApp(to: file(for: "docProps/app.xml"))
        contentTypes.add("docProps/app.xml", type: ContentTypesPart.app)
        var packageRelations = RelationshipsPart()
        packageRelations.add(RelationshipType.officeDocument, target: "xl/workbook.xml")
        packageRelations.add(RelationshipType.coreProperties, target: "docProps/core.xml")
        packageRelations.add(RelationshipType.extendedProperties, target: "docProps/app.xml")
        try packageRelations.write(to: file(for: "_rels/.rels"))
        let typesFile = scratch.appendingPathComponent("[Content_Types].xml")
        try contentTypes.write(to: typesFile)
        parts.insert(("[Content_Types].xml", [typesFile]), at: 0)
        try AtomicFile.write(to: destination, by: { temp in try zip(into: temp) })
    }

    private func zip(into url: URL) throws {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw XLSXError.zip("\(error)")
        }
        for (path, files) in parts {
            let reader = try ConcatenatedFiles(files)
            try archive.addEntry(with: path, type: .file, uncompressedSize: reader.size, modificationDate: Self.fixedDate,
                                 compressionMethod: .deflate, bufferSize: 1 << 18) { position, length in
                try reader.read(at: position, count: length)
            }
        }
    }

    /// A scratch file for the part at `path`, recorded for zipping.
    private func file(for path: String) -> URL {
        files(for: path, count: 1)[0]
    }

    /// Scratch files that are zipped one after the other as the part at `path`.
    private func files(for path: String, count: Int) -> [URL] {
        let name = path.replacingOccurrences(of: "/", with: "__")
        let urls = (0..<count).map { scratch.appendingPathComponent(count == 1 ? name : "\(name).\($0)") }
        parts.append((path, urls))
        return urls
    }
}
