import Normalize
import PipelineCore

/// documents.csv: one row per input file, with how it was read and what it says about itself.
enum DocumentsTable {
    static let header = [
        "document", "source_path", "sha256", "format", "encoding", "script", "township", "county", "province",
        "report_year", "issued", "doc_number", "chars", "status",
    ]

    static func make(_ documents: [NormalizedDocument], problems: [Problem]) -> CSVTable {
        let flagged = Set(problems.map(\.document))
        return CSVTable(header: header, rows: documents.map { document in
            let source = document.source
            let metadata = document.metadata
            return [
                .init(document.document), .init(source.sourcePath), .init(source.sha256), .init(source.format),
                .init(source.encoding), .init(document.script?.rawValue), .init(metadata.township),
                .init(metadata.county), .init(metadata.province), .init(metadata.reportYear),
                .init(metadata.issued), .init(metadata.docNumber),
                .init(source.text.map { $0.unicodeScalars.count }),
                .text(status(of: document, flagged: flagged.contains(document.document))),
            ]
        })
    }

    /// `failed`: no text could be read; `incomplete`: read, with a problem
    /// (such as no township or year); `ok` otherwise.
    static func status(of document: NormalizedDocument, flagged: Bool) -> String {
        if document.source.failure != nil { return "failed" }
        return flagged ? "incomplete" : "ok"
    }
}
