import Extract
import PipelineCore

/// Picks each document's figure per indicator from its mentions, by the
/// catalogue's rule. Every mention stays in the evidence.
enum ValuePicker {
    /// Index into `mentions` of the chosen mention per indicator id.
    static func choose(_ mentions: [Mention], catalogue: Catalogue) -> [String: Int] {
        var chosen: [String: Int] = [:]
        for indicator in catalogue.indicators {
            var counted = mentions.indices.filter { mentions[$0].indicator == indicator.id && mentions[$0].scope.counts }
            let preferred = counted.filter { indicator.preferredMeasureWords.contains(mentions[$0].unit) }
            if !preferred.isEmpty { counted = preferred }
            switch indicator.rule {
            case .firstTotal:
                if let pick = Mention.firstTotal(among: counted, of: mentions) {
                    chosen[indicator.id] = pick
                }
            }
        }
        return chosen
    }

    static func values(for document: ExtractedDocument, catalogue: Catalogue) -> (values: [DocumentValue], chosen: Set<Int>) {
        let picks = choose(document.mentions, catalogue: catalogue)
        let metadata = document.facts.metadata
        var values: [DocumentValue] = []
        for indicator in catalogue.indicators {
            guard let index = picks[indicator.id] else { continue }
            let mention = document.mentions[index]
            values.append(DocumentValue(
                document: document.document, township: metadata.township, county: metadata.county,
                province: metadata.province, year: metadata.reportYear, indicator: indicator.id, value: mention.value,
                unit: mention.unit, qualifier: mention.qualifier,
                mentions: document.mentions.filter { $0.indicator == indicator.id }.count,
                evidence: mention.evidence, offset: mention.offset))
        }
        return (values, Set(picks.values))
    }
}
