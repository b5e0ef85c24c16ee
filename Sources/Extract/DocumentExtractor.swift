import Normalize
import PipelineCore

/// All mentions of one document: quantities bound to indicators, zeros
/// stated in words, each with its section, scope and original evidence.
struct DocumentExtractor {
    let catalogue: CompiledCatalogue

    func mentions(in document: NormalizedDocument) -> [Mention] {
        let scalars = document.text.scalarArray
        guard !scalars.isEmpty else { return [] }
        let original = (document.source.text ?? "").scalarArray
        let scopeText = Self.blankingCitedTitles(scalars)
        let quantities = TableFigures(reportYear: document.metadata.reportYear, measureWords: catalogue.measureWords)
            .adjust(catalogue.quantities.scan(scalars), in: scalars)
        let (bindings, unbound) = MentionFinder(catalogue: catalogue).bind(scalars, quantities: quantities)
        let scopeReader = ScopeReader(reportYear: document.metadata.reportYear)
        let sections = SectionLookup(document.sections)

        var found: [(position: Int, mention: Mention)] = []
        var subkind: [Int: Bool] = [:]  // index into found → whether its phrase names a sub-kind
        var scopeAt: [Int: MentionScope] = [:]  // quantity start → scope, for figures that follow a count
        var lastInSentence: [Int: Int] = [:]  // indicator → sentence start of its latest counted figure
        for binding in bindings {
            let indicator = catalogue.indicators[binding.indicator]
            let quantity = binding.quantity
            let sentence = Clause.sentenceStart(before: quantity.range.lowerBound, in: scalars)..<quantity.range.lowerBound
            let earlier = lastInSentence[binding.indicator] == sentence.lowerBound
            let role = sections.role(at: quantity.range.lowerBound)
            var scope = scopeReader.scope(of: quantity, sentence: sentence, triggerStart: binding.phrase.lowerBound,
                                          earlierInSentence: earlier, in: scopeText) { range in
                // 其中土地纠纷19起，成功化解17起: a verb-like phrase after another figure describes
                // that figure; after a breakdown of several (其中土地纠纷19起，…其他纠纷8起，调解成功50起),
                // the whole. Phrases with their own noun (其中…，镇村合同审查1077件) stand alone.
                guard indicator.followsSubject else { return false }
                let clause = Clause.clauseStart(before: range.upperBound, in: scalars)
                let between = quantities.filter { range.contains($0.range.lowerBound) && $0.range.upperBound <= clause }
                guard between.count == 1 else { return false }
                // 其中镇调委会受理调解84起，调解成功82起: a whole of the count it follows is no breakdown.
                let countBefore = catalogue.compiled[binding.indicator].countBefore
                return !bindings.contains { $0.quantity.range == between[0].range && countBefore.contains($0.indicator) }
                    || scopeAt[between[0].range.lowerBound]?.counts == false
            }
            // The sum of a 其中 breakdown (其中…18场，…6场，以上合计24场) is the whole, not a part of it.
            if !binding.parts.isEmpty, scope == .part { scope = .total }
            // A target or last year's figure before it (拟签订的合同等开展审查共78件，其中合同审查65件) is no whole it is
            // part of; a part is (如石牛社区调解室调解纠纷23起，其中物业纠纷9起).
            if scope.counts || scope == .part { lastInSentence[binding.indicator] = sentence.lowerBound }
            if !indicator.sections.contains(role) { scope = .section }
            // 南岸村调委会全年调解纠纷16起，成功率100%: the rate is the village's too.
            if let count = binding.follows, let counted = scopeAt[count.lowerBound], !counted.counts { scope = counted }
            scopeAt[quantity.range.lowerBound] = scope
            let span = min(binding.phrase.lowerBound, quantity.range.lowerBound)..<max(binding.phrase.upperBound, quantity.range.upperBound)
            let subkindWords = catalogue.compiled[binding.indicator].subkindWords
            if !subkindWords.isEmpty { subkind[found.count] = subkindWords.occurs(in: span, of: scalars) }
            let (offset, evidence) = quote(span, document, scalars, original)
            found.append((quantity.range.lowerBound, Mention(
                indicator: indicator.id, value: quantity.value, qualifier: quantity.qualifier, unit: quantity.unit,
                section: role, scope: scope, offset: offset, evidence: evidence)))
        }
        Self.markSubkinds(&found, subkind: subkind)
        Self.markParts(&found, of: bindings.filter { !$0.parts.isEmpty }, catalogue: catalogue)
        Self.markStatedSums(&found, scalars)
        for hit in unbound where ZeroStatements.saysNone(hit.range, in: scalars) {
            let indicator = catalogue.indicators[hit.indicator]
            guard indicator.unit == .count else { continue }
            let role = sections.role(at: hit.range.lowerBound)
            let (offset, evidence) = quote(hit.range, document, scalars, original)
            // Plain even after 全年: 全年未发生进京赴省越级信访 is about a subtype as often as not.
            found.append((hit.range.lowerBound, Mention(
                indicator: indicator.id, value: 0, qualifier: .exact, unit: indicator.measureWords.first ?? "",
                section: role, scope: indicator.sections.contains(role) ? .plain : .section,
                offset: offset, evidence: evidence)))
        }
        return found.sorted { $0.position != $1.position ? $0.position < $1.position : $0.mention.indicator < $1.mention.indicator }
            .map(\.mention)
    }

    /// Plain figures of a sub-kind (法律讲座4场) become sub-kinds when the report
    /// counts the indicator itself in a larger figure (普法宣传活动58场次); a part
    /// never exceeds its whole (法治宣讲86场次 beside 主题宣传活动9场 stays). A total
    /// (全年共举办法治讲座12场) stays what it says.
    private static func markSubkinds(_ found: inout [(position: Int, mention: Mention)], subkind: [Int: Bool]) {
        var largestWhole: [String: Double] = [:]
        for (index, isSubkind) in subkind where !isSubkind && found[index].mention.scope.counts {
            let mention = found[index].mention
            largestWhole[mention.indicator] = max(largestWhole[mention.indicator] ?? 0, mention.value)
        }
        for (index, isSubkind) in subkind where isSubkind && found[index].mention.scope == .plain
            && found[index].mention.value < largestWhole[found[index].mention.indicator] ?? 0 {
            found[index].mention.scope = .subkind
        }
    }

    /// The figures a stated total adds up (学法5次，会前学法9次，全年共计14次) are
    /// its parts, even where their own words (全年) made them totals.
    private static func markParts(_ found: inout [(position: Int, mention: Mention)], of totals: [MentionFinder.Binding],
                                  catalogue: CompiledCatalogue) {
        for total in totals {
            let id = catalogue.indicators[total.indicator].id
            let starts = Set(total.parts.map(\.lowerBound))
            for index in found.indices where starts.contains(found[index].position) && found[index].mention.indicator == id
                && found[index].mention.scope.counts {
                found[index].mention.scope = .part
            }
        }
    }

    /// The clause holding `span`, from its start to the end of the span,
    /// quoted from the original text.
    private func quote(_ span: Range<Int>, _ document: NormalizedDocument, _ scalars: [Unicode.Scalar],
                       _ original: [Unicode.Scalar]) -> (Int, String) {
        let start = Clause.clauseStart(before: span.lowerBound, in: scalars)
        let originalRange = document.offsets.original(start..<span.upperBound)
        let clipped = min(originalRange.lowerBound, original.count)..<min(originalRange.upperBound, original.count)
        var quoted = original[clipped]
        // White_Space is the set Foundation's .whitespacesAndNewlines holds; trimmed here without bridging to NSString.
        while let first = quoted.first, first.properties.isWhitespace { quoted.removeFirst() }
        while let last = quoted.last, last.properties.isWhitespace { quoted.removeLast() }
        return (clipped.lowerBound, String(scalars: quoted))
    }

    /// Cited titles (《2020年…工作计划》) blanked, so their words set no scope.
    static func blankingCitedTitles(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var depth = 0
        return scalars.map { scalar in
            if scalar == "《" { depth += 1; return scalar }
            if scalar == "》" { depth = max(0, depth - 1); return scalar }
            return depth > 0 ? "□" : scalar
        }
    }
}

/// Section role at a normalized offset.
struct SectionLookup {
    private let sections: [Section]

    init(_ sections: [Section]) {
        self.sections = sections
    }

    func role(at offset: Int) -> SectionRole {
        sections.last { $0.start <= offset }?.role ?? .other
    }
}
