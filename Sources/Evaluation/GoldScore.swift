import Aggregate
import CSV
import Foundation
import PipelineCore

/// Scores a run's township-year values against hand-made gold, with the
/// rules of shared/tools/score.py: one value per (document, indicator); a hit
/// needs the gold value (relative tolerance 1e-6), the strict score also the
/// gold qualifier; gold rows marked `ambiguous` are ignored on both sides;
/// only documents named in the gold (or in `documents`) are scored.
public struct GoldScore: Equatable, Sendable {
    public struct Counts: Equatable, Sendable {
        public var gold = 0
        public var system = 0
        public var valueHits = 0
        public var strictHits = 0
    }

    public private(set) var perIndicator: [String: Counts] = [:]
    /// Wrong, extra and missed values, for the report.
    public private(set) var misses: [String] = []

    public var total: Counts {
        perIndicator.values.reduce(into: Counts()) { sum, counts in
            sum.gold += counts.gold
            sum.system += counts.system
            sum.valueHits += counts.valueHits
            sum.strictHits += counts.strictHits
        }
    }

    struct GoldValue {
        var value: Double?
        var qualifier: String
    }

    /// - Parameters:
    ///   - goldRows: rows with `doc` (or `document`), `indicator`, `value`, `qualifier`.
    ///   - documents: further document ids to score (their every value counts).
    public init(goldRows: [[String: String]], values: [DocumentValue], documents: [String] = []) {
        var gold: [String: GoldValue] = [:]
        var ignored = Set<String>()
        for row in goldRows {
            let key = Self.key(Self.stem(row["doc"] ?? row["document"] ?? ""), (row["indicator"] ?? "").trimmed)
            let qualifier = (row["qualifier"] ?? "").trimmed
            if qualifier == "ambiguous" { ignored.insert(key) } else {
                gold[key] = GoldValue(value: Double((row["value"] ?? "").replacingOccurrences(of: ",", with: "").trimmed),
                                      qualifier: qualifier.isEmpty ? "exact" : qualifier)
            }
        }
        var scoredDocuments = Set((Array(gold.keys) + Array(ignored)).map { String($0.split(separator: "\u{1F}")[0]) })
        scoredDocuments.formUnion(documents.map(Self.stem))
        var system: [String: [(Double, String)]] = [:]
        for value in values {
            let document = Self.stem(value.document)
            let key = Self.key(document, value.indicator)
            guard scoredDocuments.contains(document), !ignored.contains(key) else { continue }
            system[key, default: []].append((value.value, value.qualifier.rawValue))
        }
        for (key, found) in system.sorted(by: { $0.key < $1.key }) {
            let indicator = String(key.split(separator: "\u{1F}")[1])
            let expected = gold[key]
            let valueHit = expected.map { g in found.contains { Self.same($0.0, g.value) } } ?? false
            let strictHit = expected.map { g in found.contains { Self.same($0.0, g.value) && $0.1 == g.qualifier } } ?? false
            perIndicator[indicator, default: Counts()].system += found.count
            if valueHit { perIndicator[indicator, default: Counts()].valueHits += 1 }
            if strictHit { perIndicator[indicator, default: Counts()].strictHits += 1 }
            if !strictHit {
                misses.append("\(expected == nil ? "extra" : "wrong") \(key.replacingOccurrences(of: "\u{1F}", with: " ")): system=\(found.map { "\(NumberText.format($0.0)) \($0.1)" }) gold=\(expected.map { "\($0.value.map(NumberText.format) ?? "") \($0.qualifier)" } ?? "none")")
            }
        }
        for (key, expected) in gold.sorted(by: { $0.key < $1.key }) {
            let indicator = String(key.split(separator: "\u{1F}")[1])
            perIndicator[indicator, default: Counts()].gold += 1
            if system[key] == nil {
                misses.append("missed \(key.replacingOccurrences(of: "\u{1F}", with: " ")): gold=\(expected.value.map(NumberText.format) ?? "") \(expected.qualifier)")
            }
        }
    }

    /// Precision, recall and F1 of the strict (value + qualifier) or value-only score.
    public static func prf(_ counts: Counts, strict: Bool) -> (precision: Double, recall: Double, f1: Double) {
        let hits = Double(strict ? counts.strictHits : counts.valueHits)
        let precision = counts.system > 0 ? hits / Double(counts.system) : 0
        let recall = counts.gold > 0 ? hits / Double(counts.gold) : 0
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision, recall, f1)
    }

    /// The report score.py prints; its last line is the strict micro score.
    public var report: String {
        func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
        var lines = ["\("indicator".padding(toLength: 32, withPad: " ", startingAt: 0))  gold   sys      P      R     F1  (strict: value+qualifier)"]
        for (indicator, counts) in perIndicator.sorted(by: { $0.key < $1.key }) {
            let score = Self.prf(counts, strict: true)
            lines.append("\(indicator.padding(toLength: 32, withPad: " ", startingAt: 0)) \(String(format: "%5d %5d", counts.gold, counts.system)) \(fixed(score.precision).leftPadded(6)) \(fixed(score.recall).leftPadded(6)) \(fixed(score.f1).leftPadded(6))")
        }
        let total = self.total
        for (name, strict) in [("value-only", false), ("strict", true)] {
            let score = Self.prf(total, strict: strict)
            lines.append("\(name): P=\(fixed(score.precision)) R=\(fixed(score.recall)) F1=\(fixed(score.f1)) (gold \(total.gold), system \(total.system))")
        }
        return lines.joined(separator: "\n")
    }

    static func stem(_ name: String) -> String {
        let base = (name.trimmed.replacingOccurrences(of: "\\", with: "/") as NSString).lastPathComponent
        let ext = (base as NSString).pathExtension.lowercased()
        let known: Set<String> = ["txt", "md", "html", "htm", "docx", "pdf", "json", "csv"]
        return known.contains(ext) ? (base as NSString).deletingPathExtension : base
    }

    private static func key(_ document: String, _ indicator: String) -> String {
        document + "\u{1F}" + indicator
    }

    private static func same(_ value: Double, _ gold: Double?) -> Bool {
        guard let gold else { return false }
        return abs(value - gold) <= 1e-6 * max(1, abs(gold))
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

/// Reads a CSV file into rows keyed by its header (a UTF-8 BOM is dropped).
public enum CSVRows {
    public static func read(_ url: URL) throws -> [[String: String]] {
        var text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PipelineError.cannotRead(path: url.path, reason: error.localizedDescription)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        let header = reader.headerRow ?? []
        var rows: [[String: String]] = []
        while let row = reader.next() {
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() where index < row.count { record[name] = row[index] }
            rows.append(record)
        }
        return rows
    }
}
