import Aggregate
import PipelineCore

/// The summary sheet: what the run read, what it found, its warnings, and
/// how to read the other sheets.
enum SummarySheet {
    enum Item {
        case pipeline, documents, readable, townships, years, values, errors, warnings, warning, reading
    }

    /// Warnings quoted on the sheet; the problems sheet has them all.
    static let quotedWarnings = 10

    static func layout(_ tables: AggregateTables, problems: [Problem], pipeline: String,
                       text: WorkbookText) -> (SheetLayout, [[XLSXCell]]) {
        var layout = SheetLayout(name: text.name(of: .summary), header: text.summaryHeader)
        layout.wrapsText = true
        func row(_ item: Item, _ value: XLSXCell) -> [XLSXCell] { [.text(text.summaryLabel(item)), value] }
        let readable = tables.documents.filter { $0.failure == nil }
        let townships = Set(tables.documents.compactMap(\.metadata.township))
        let years = tables.years.isEmpty ? "" : "\(tables.years.first!)–\(tables.years.last!)"
        let warnings = problems.filter { $0.severity == .warning }
        var rows: [[XLSXCell]] = [
            row(.pipeline, .text(pipeline)),
            row(.documents, .number(Double(tables.documents.count))),
            row(.readable, .number(Double(readable.count))),
            row(.townships, .number(Double(townships.count))),
            row(.years, .text(years)),
            row(.values, .number(Double(tables.values.count))),
            row(.errors, .number(Double(problems.count - warnings.count))),
            row(.warnings, .number(Double(warnings.count))),
        ]
        for warning in warnings.prefix(quotedWarnings) {
            rows.append(row(.warning, .text("\(warning.document): \(warning.message)")))
        }
        rows.append([])
        rows += text.readingGuide.map { row(.reading, .text($0)) }
        return (layout, rows)
    }
}
