import Extract

/// Multi-year comparison per township and indicator, county roll-ups and
/// coverage, all from the panel.
enum ComparisonBuilder {
    static func comparison(_ panel: [PanelRow], catalogue: Catalogue) -> [ComparisonRow] {
        var rows: [ComparisonRow] = []
        var townships: [String] = []
        var byTownship: [String: [PanelRow]] = [:]
        for row in panel {
            if byTownship[row.township] == nil { townships.append(row.township) }
            byTownship[row.township, default: []].append(row)
        }
        for township in townships {
            let years = byTownship[township]!.sorted { $0.year < $1.year }
            for indicator in catalogue.indicators {
                let series = years.compactMap { row in row.values[indicator.id].map { (row.year, $0) } }
                guard !series.isEmpty else { continue }
                var change: Double?
                var percent: Double?
                if series.count >= 2 {
                    let (previous, latest) = (series[series.count - 2].1, series[series.count - 1].1)
                    change = latest - previous
                    percent = previous == 0 ? nil : (latest - previous) / previous * 100
                }
                rows.append(ComparisonRow(township: township, county: years.last!.county, indicator: indicator.id,
                                          values: Dictionary(uniqueKeysWithValues: series), change: change,
                                          changePercent: percent))
            }
        }
        return rows
    }

    /// Counts are summed over a county's townships; percentages averaged.
    static func countyRollup(_ panel: [PanelRow], catalogue: Catalogue) -> [CountyRollupRow] {
        var groups: [String: [PanelRow]] = [:]
        var keys: [(String, Int)] = []
        for row in panel {
            guard let county = row.county else { continue }
            let key = "\(county)\u{1F}\(row.year)"
            if groups[key] == nil { keys.append((county, row.year)) }
            groups[key, default: []].append(row)
        }
        keys.sort { $0.0 != $1.0 ? $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) : $0.1 < $1.1 }
        var rows: [CountyRollupRow] = []
        for (county, year) in keys {
            let members = groups["\(county)\u{1F}\(year)"]!
            for indicator in catalogue.indicators {
                let values = members.compactMap { $0.values[indicator.id] }
                guard !values.isEmpty else { continue }
                let sum = values.reduce(0, +)
                let mean = indicator.unit == .percent
                rows.append(CountyRollupRow(county: county, year: year, indicator: indicator.id, townships: values.count,
                                            value: mean ? sum / Double(values.count) : sum,
                                            aggregation: mean ? .mean : .sum))
            }
        }
        return rows
    }

    static func coverage(_ documents: [ExtractedDocument], values: [String: [DocumentValue]], catalogue: Catalogue) -> [CoverageRow] {
        // One pass over the documents, not one per indicator.
        var readable = 0
        var stated: [String: Int] = [:]
        for document in documents where document.facts.failure == nil {
            readable += 1
            for indicator in Set((values[document.document] ?? []).map(\.indicator)) { stated[indicator, default: 0] += 1 }
        }
        return catalogue.indicators.map { indicator in
            CoverageRow(indicator: indicator.id, documents: readable, stated: stated[indicator.id] ?? 0)
        }
    }
}
