import Foundation
import Normalize
import PipelineCore
import Yams

/// Reads a catalogue file, checking every field; errors carry the file, the
/// line and the reason, so a typo is found at start-up, not in the output.
public enum CatalogueLoader {
    public static func load(from url: URL) throws -> Catalogue {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CatalogueError(path: url.path, line: nil, reason: "cannot read it (\(error.localizedDescription))")
        }
        return try parse(text, path: url.path)
    }

    public static func parse(_ text: String, path: String) throws -> Catalogue {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw CatalogueError(path: path, line: nil, reason: "the file is empty")
            }
            root = composed
        } catch let error as CatalogueError {
            throw error
        } catch {
            throw CatalogueError(path: path, line: (error as? YamlError)?.line, reason: "not valid YAML: \(error)")
        }
        let reader = NodeReader(path: path)
        let top = try reader.mapping(root, "the catalogue")
        let version = try reader.int(top, "version", in: root)
        if version > Catalogue.currentVersion {
            throw CatalogueError(path: path, line: root.mark?.line, reason: "version \(version) is newer than this fazhi understands (\(Catalogue.currentVersion))")
        }
        let defaults = try top["defaults"].map { try reader.mapping($0, "defaults") }
        let defaultSections = try defaults?["sections"].map { try reader.sections($0) }
            ?? [.measuresAndResults, .chiefDuty, .other]
        let defaultWindow = try defaults?["window"].map { try reader.positiveInt($0, "window") } ?? 12
        let defaultRule = try defaults?["rule"].map { try reader.rule($0) } ?? .firstTotal

        guard let list = top["indicators"] else {
            throw CatalogueError(path: path, line: root.mark?.line, reason: "missing key \"indicators\"")
        }
        guard let entries = list.sequence else {
            throw CatalogueError(path: path, line: list.mark?.line, reason: "\"indicators\" must be a list")
        }
        var indicators: [Indicator] = []
        var seen: [String: Int] = [:]
        for entry in entries {
            let fields = try reader.mapping(entry, "an indicator")
            let id = try reader.string(fields, "id", in: entry)
            guard id.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) != nil else {
                throw CatalogueError(path: path, line: entry.mark?.line, reason: "id \"\(id)\" must be lower_snake_case")
            }
            if let first = seen[id] {
                throw CatalogueError(path: path, line: entry.mark?.line, reason: "id \"\(id)\" is already used on line \(first)")
            }
            seen[id] = entry.mark?.line ?? 0
            let unitName = try reader.string(fields, "unit", in: entry)
            guard let unit = Indicator.Unit(rawValue: unitName) else {
                throw CatalogueError(path: path, line: fields["unit"]?.mark?.line, reason: "\(id): unit must be count or percent, not \"\(unitName)\"")
            }
            let indicator = Indicator(
                id: id,
                zh: try reader.string(fields, "zh", in: entry),
                en: try reader.string(fields, "en", in: entry),
                unit: unit,
                measureWords: try reader.strings(fields["measure_words"]),
                triggers: try reader.strings(fields["triggers"]),
                nouns: try reader.strings(fields["nouns"]),
                listNouns: try reader.strings(fields["list_nouns"]),
                preferredMeasureWords: try reader.strings(fields["prefer_measure_words"]),
                subkindWords: try reader.strings(fields["subkind_words"]),
                followsSubject: try fields["follows_subject"].map { try reader.bool($0, "follows_subject") } ?? false,
                verbsAfterCount: try reader.strings(fields["verbs_after_count"]),
                countBefore: try reader.oneOrMoreStrings(fields["count_before"]),
                requires: try reader.strings(fields["requires"]),
                requiresInSentence: try reader.strings(fields["requires_in_sentence"]),
                statesFull: try reader.strings(fields["states_full"]),
                vetoBefore: try reader.strings(fields["veto_before"]),
                vetoAfter: try reader.strings(fields["veto_after"]),
                vetoInClause: try reader.strings(fields["veto_in_clause"]),
                vetoInGap: try reader.strings(fields["veto_in_gap"]),
                sharedVeto: try reader.strings(fields["shared_veto"]),
                sharedKeep: try reader.strings(fields["shared_keep"]),
                sections: try fields["sections"].map { try reader.sections($0) } ?? defaultSections,
                window: try fields["window"].map { try reader.positiveInt($0, "window") } ?? defaultWindow,
                rule: try fields["rule"].map { try reader.rule($0) } ?? defaultRule,
                ruleNote: fields["rule_note"]?.string ?? "")
            try check(indicator, at: entry.mark?.line, path: path)
            indicators.append(indicator)
        }
        for indicator in indicators {
            for other in indicator.countBefore where !indicators.contains(where: { $0.id == other }) {
                throw CatalogueError(path: path, line: seen[indicator.id], reason: "\(indicator.id): count_before names no indicator \"\(other)\"")
            }
            if !indicator.verbsAfterCount.isEmpty && indicator.countBefore.isEmpty {
                throw CatalogueError(path: path, line: seen[indicator.id], reason: "\(indicator.id): verbs_after_count needs count_before")
            }
        }
        return Catalogue(indicators: indicators, sourceHash: ContentHash.sha256(text))
    }

    private static func check(_ indicator: Indicator, at line: Int?, path: String) throws {
        func fail(_ reason: String) -> CatalogueError {
            CatalogueError(path: path, line: line, reason: "\(indicator.id): \(reason)")
        }
        if indicator.triggers.isEmpty && indicator.nouns.isEmpty { throw fail("needs at least one trigger or noun") }
        if indicator.unit == .count && indicator.measureWords.isEmpty { throw fail("a count needs measure_words") }
        if indicator.unit == .count && !indicator.statesFull.isEmpty { throw fail("states_full is for percentages") }
        for word in indicator.preferredMeasureWords where !indicator.measureWords.contains(word) {
            throw fail("prefer_measure_words has \"\(word)\", which is not one of its measure_words")
        }
        for phrase in indicator.triggers + indicator.nouns + indicator.listNouns {
            if phrase.isEmpty || phrase.hasPrefix("*") || phrase.hasSuffix("*") || phrase.contains("**") {
                throw fail("phrase \"\(phrase)\" must start and end with text; * only between words")
            }
        }
    }
}

/// A catalogue that cannot be used, with where and why.
public struct CatalogueError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let line: Int?
    public let reason: String

    public var description: String {
        "\(line.map { "\(path):\($0)" } ?? path): invalid indicator catalogue: \(reason)"
    }
}

/// Typed reads from YAML nodes, each failure naming the node's line.
private struct NodeReader {
    let path: String

    func fail(_ node: Node?, _ reason: String) -> CatalogueError {
        CatalogueError(path: path, line: node?.mark?.line, reason: reason)
    }

    func mapping(_ node: Node, _ what: String) throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping of keys to values") }
        return mapping
    }

    func string(_ mapping: Node.Mapping, _ key: String, in owner: Node) throws -> String {
        guard let node = mapping[key] else { throw fail(owner, "missing key \"\(key)\"") }
        guard let value = node.string, !value.isEmpty else { throw fail(node, "\"\(key)\" must be non-empty text") }
        return value
    }

    func int(_ mapping: Node.Mapping, _ key: String, in owner: Node) throws -> Int {
        guard let node = mapping[key] else { throw fail(owner, "missing key \"\(key)\"") }
        guard let value = node.int else { throw fail(node, "\"\(key)\" must be a whole number") }
        return value
    }

    func positiveInt(_ node: Node, _ key: String) throws -> Int {
        guard let value = node.int, value > 0 else { throw fail(node, "\"\(key)\" must be a positive whole number") }
        return value
    }

    func bool(_ node: Node, _ key: String) throws -> Bool {
        guard let value = node.bool else { throw fail(node, "\"\(key)\" must be true or false") }
        return value
    }

    /// A list, or one name standing alone (count_before: mediation_cases).
    func oneOrMoreStrings(_ node: Node?) throws -> [String] {
        if let single = node?.string, !single.isEmpty { return [single] }
        return try strings(node)
    }

    func strings(_ node: Node?) throws -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence else { throw fail(node, "expected a list like [a, b]") }
        return try items.map { item in
            guard let value = item.string, !value.isEmpty else { throw fail(item, "list items must be non-empty text") }
            return value
        }
    }

    func sections(_ node: Node) throws -> Set<SectionRole> {
        Set(try strings(node).map { name in
            guard let role = SectionRole(rawValue: name) else {
                let known = SectionRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail(node, "unknown section role \"\(name)\" (known: \(known))")
            }
            return role
        })
    }

    func rule(_ node: Node) throws -> Indicator.Rule {
        guard let name = node.string, let rule = Indicator.Rule(rawValue: name) else {
            let known = Indicator.Rule.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(node, "unknown rule \"\(node.string ?? "")\" (known: \(known))")
        }
        return rule
    }
}
