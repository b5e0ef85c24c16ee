import CSV
import Foundation
import PipelineCore

/// `manifest.csv` at the input root: metadata an analyst states for some
/// documents (document,township,county,province,report_year). It overrides
/// what is inferred from the text.
struct Manifest {
    private(set) var entries: [String: DocumentMetadata] = [:]
    private(set) var problems: [Problem] = []

    static let requiredColumn = "document"

    init() {}

    init(contentsOf url: URL) {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let name = url.lastPathComponent
        guard let stream = InputStream(url: url),
              let reader = try? CSVReader(stream: stream, hasHeaderRow: true, trimFields: true) else {
            problems.append(Problem(document: name, severity: .warning, stage: .ingest,
                                    message: "cannot read \(url.path); no manifest overrides applied"))
            return
        }
        let header = (reader.headerRow ?? []).map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        guard let documentColumn = header.firstIndex(of: Self.requiredColumn) else {
            problems.append(Problem(document: name, severity: .warning, stage: .ingest,
                                    message: "\(url.path): no \"document\" column; no manifest overrides applied"))
            return
        }
        func column(_ key: String) -> Int? { header.firstIndex(of: key) }
        var line = 1
        while let row = reader.next() {
            line += 1
            func value(_ key: String) -> String? {
                guard let index = column(key), index < row.count, !row[index].isEmpty else { return nil }
                return row[index]
            }
            guard documentColumn < row.count, !row[documentColumn].isEmpty else { continue }
            var year: Int?
            if let text = value("report_year") {
                year = Int(text)
                if year == nil {
                    problems.append(Problem(document: name, severity: .warning, stage: .ingest,
                                            message: "\(url.path):\(line): report_year \"\(text)\" is not a year; ignored"))
                }
            }
            let key = Self.key(for: row[documentColumn])
            entries[key] = DocumentMetadata(township: value("township"), county: value("county"),
                                            province: value("province"), reportYear: year)
        }
    }

    /// Manifest rows may name a document with or without its extension.
    static func key(for document: String) -> String {
        let ext = (document as NSString).pathExtension.lowercased()
        return DocumentFormat.extensions.contains(ext) ? String(document.dropLast(ext.count + 1)) : document
    }

    func overrides(for document: String) -> DocumentMetadata {
        entries[document] ?? DocumentMetadata()
    }
}
