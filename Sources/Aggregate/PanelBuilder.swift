import Extract
import PipelineCore

/// Township × year panel. Two reports for the same township and year: the
/// one signed later is used (then the later document id), the conflict is a
/// problem, and both stay in the evidence.
enum PanelBuilder {
    static func build(_ documents: [ExtractedDocument], values: [String: [DocumentValue]]) -> (rows: [PanelRow], problems: [Problem]) {
        var groups: [String: [ExtractedDocument]] = [:]
        for document in documents where document.facts.failure == nil {
            guard let place = document.facts.townshipYear else { continue }
            groups["\(place.township)\u{1F}\(place.year)", default: []].append(document)
        }
        var rows: [PanelRow] = []
        var problems: [Problem] = []
        for group in groups.values {
            let ordered = group.sorted { lhs, rhs in
                let (a, b) = (lhs.facts.metadata.issued ?? "", rhs.facts.metadata.issued ?? "")
                return a != b ? a < b : lhs.document.utf8.lexicographicallyPrecedes(rhs.document.utf8)
            }
            let used = ordered.last!
            let place = used.facts.townshipYear!
            if ordered.count > 1 {
                for document in ordered {
                    let role = document.document == used.document ? "this one is used" : "the panel uses \(used.document)"
                    problems.append(Problem(document: document.document, severity: .warning, stage: .aggregate,
                                            message: "\(place.township) \(place.year) is reported by \(ordered.count) documents; \(role) (signed last)"))
                }
            }
            let chosen = values[used.document] ?? []
            rows.append(PanelRow(
                township: place.township, county: used.facts.metadata.county, year: place.year, document: used.document,
                values: Dictionary(uniqueKeysWithValues: chosen.map { ($0.indicator, $0.value) })))
        }
        rows.sort { lhs, rhs in
            lhs.township != rhs.township ? lhs.township.utf8.lexicographicallyPrecedes(rhs.township.utf8) : lhs.year < rhs.year
        }
        return (rows, problems)
    }
}
