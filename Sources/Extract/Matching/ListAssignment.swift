import Normalize

/// Figures that a list of indicators shares out: 行政复议、行政诉讼案件分别为2件、5件
/// gives the figures to the listed phrases in order; 行政复议、行政诉讼案件均为0件
/// gives the one figure to each, as 出庭应诉率、依申请公开答复率实现“双100%” does.
/// (Nearest-phrase binding would give 2 to 行政诉讼.)
enum ListAssignment {
    /// Quantity index → the trigger indexes it belongs to.
    static func assign(triggers: [PhraseIndex.Hit], quantities: [Quantity], in scalars: [Unicode.Scalar],
                       accepts: (PhraseIndex.Hit, Quantity) -> Bool) -> [Int: [Int]] {
        var assigned: [Int: [Int]] = [:]
        // In the order their nouns are written.
        let byEnd = triggers.indices.sorted { triggers[$0].range.upperBound < triggers[$1].range.upperBound }
        for marker in markers(in: scalars) {
            let clause = Clause.clause(around: marker.start..<marker.start, in: scalars)
            // One phrase per indicator.
            var items: [Int] = []
            for index in byEnd
            where triggers[index].range.lowerBound >= clause.lowerBound && triggers[index].range.upperBound <= marker.start
                && !items.contains(where: { triggers[$0].indicator == triggers[index].indicator }) {
                items.append(index)
            }
            let figures = quantities.indices.filter {
                quantities[$0].range.lowerBound >= marker.end && quantities[$0].range.upperBound <= clause.upperBound
            }
            // Phrases the figures cannot belong to (办理…案件 around the list, for enforcement) are no items.
            guard let first = figures.first else { continue }
            items = items.filter { accepts(triggers[$0], quantities[first]) }
            guard items.count >= 2 else { continue }
            if marker.each {
                assigned[first] = items
            } else if figures.count == items.count {
                for (item, figure) in zip(items, figures) where accepts(triggers[item], quantities[figure]) {
                    assigned[figure, default: []].append(item)
                }
            }
        }
        return assigned
    }

    struct Marker {
        let start: Int
        let end: Int
        /// 均为: one figure for each item; 分别为: one figure per item, in order.
        let each: Bool
    }

    /// Longest first; 均为 (and 双100%, 各1件) gives each item the figure.
    private static let words: [(word: [Unicode.Scalar], each: Bool)] =
        ["分别为", "分别是", "分别达", "分别"].map { (Array($0.unicodeScalars), false) }
        + ["均为", "均是", "均达", "都为", "都是", "双"].map { (Array($0.unicodeScalars), true) }

    /// 双100% and “双100%”, not 双提升 or 双百; 各1件, not 各村.
    private static func figureFollows(_ index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var next = index
        while next < scalars.count, "“\"「".unicodeScalars.contains(scalars[next]) { next += 1 }
        return next < scalars.count && CharacterClass.isDigit(scalars[next])
    }

    static func markers(in scalars: [Unicode.Scalar]) -> [Marker] {
        var found: [Marker] = []
        var index = 0
        while index + 1 < scalars.count {
            let scalar = scalars[index]
            // 各 is common (各村, 各类): only a figure right after it makes a marker.
            if scalar == "各" {
                if figureFollows(index + 1, scalars) { found.append(Marker(start: index, end: index + 1, each: true)) }
                index += 1
                continue
            }
            if scalar == "分" || scalar == "均" || scalar == "都" || scalar == "双",
               let (word, each) = words.first(where: { WordSet.literal($0.word, in: scalars, at: index) }),
               scalar != "双" || figureFollows(index + 1, scalars) {
                found.append(Marker(start: index, end: index + word.count, each: each))
                index += word.count
            } else {
                index += 1
            }
        }
        return found
    }
}
