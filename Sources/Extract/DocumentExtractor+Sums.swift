import Normalize

extension DocumentExtractor {
    private static let sumWords = WordSet(["合计", "共计", "总计", "累计", "共"])

    /// 中心组学法4次，会前学法11次，集体学法合计15次 (共, 累计): a figure its own phrase took,
    /// with a sum word before it, that adds up exactly the figures of its indicator
    /// earlier in the sentence is their total, and they are its parts.
    static func markStatedSums(_ found: inout [(position: Int, mention: Mention)], _ scalars: [Unicode.Scalar]) {
        for index in found.indices where found[index].mention.scope.counts {
            let position = found[index].position
            let clauseStart = Clause.clauseStart(before: position, in: scalars)
            guard sumWords.occurs(in: clauseStart..<position, of: scalars) else { continue }
            let sentenceStart = Clause.sentenceStart(before: position, in: scalars)
            let indicator = found[index].mention.indicator
            let parts = found.indices.filter { other in
                found[other].mention.indicator == indicator && found[other].mention.scope.counts
                    && found[other].position >= sentenceStart && found[other].position < clauseStart
            }
            let sum = parts.reduce(0) { $0 + found[$1].mention.value }
            guard parts.count >= 2, abs(sum - found[index].mention.value) < 0.001 else { continue }
            for part in parts { found[part].mention.scope = .part }
            found[index].mention.scope = .total
        }
    }
}
