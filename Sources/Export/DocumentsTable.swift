import PipelineCore

/// documents.csv: one row per input file, with how it was read and what it says about itself.
enum DocumentsTable {
    static let header = [
        "document", "source_path", "sha256", "format", "encoding", "script", "township", "county", "province",
        "report_year", "issued", "doc_number", "chars", "status",
    ]

    static func make(_ documents: [DocumentFacts], problems: [Problem]) -> CSVTable {
        let flagged = Set(problems.map(\.document))
        return CSVTable(header: header, rows: documents.map { facts in
            let metadata = facts.metadata
            return [
                .init(facts.document), .init(facts.sourcePath), .init(facts.sha256), .init(facts.format),
                .init(facts.encoding), .init(facts.script), .init(metadata.township), .init(metadata.county),
                .init(metadata.province), .init(metadata.reportYear), .init(metadata.issued), .init(metadata.docNumber),
                .init(facts.characters), .text(status(of: facts, flagged: flagged.contains(facts.document))),
            ]
        })
    }

    /// `failed`: no text could be read; `incomplete`: read, with a problem
    /// (such as no township or year); `ok` otherwise.
    static func status(of facts: DocumentFacts, flagged: Bool) -> String {
        if facts.failure != nil { return "failed" }
        return flagged ? "incomplete" : "ok"
    }
}
