import Normalize

/// Binds quantities to indicators in one document's normalized text.
///
/// A quantity belongs to the nearest indicator phrase before it in the same
/// clause (受理矛盾纠纷 33 起, 调结 33 起, 调处成功率 100%), within the
/// indicator's window and with no other quantity in between, so a phrase
/// takes only the first figure after it. A quantity no phrase claims may be
/// followed by an indicator noun (开展45场法治宣传讲座). Vetoes, required
/// words and units come from the catalogue.
struct MentionFinder {
    let catalogue: CompiledCatalogue

    struct Binding: Equatable {
        let indicator: Int
        let quantity: Quantity
        /// Where the indicator's phrase is: the evidence spans both.
        let phrase: Range<Int>
        /// For a bare verb after a count (受理纠纷16起，成功率100%): that count,
        /// whose scope the figure shares.
        var follows: Range<Int>? = nil
        /// For a total after its parts (学法5次，会前学法9次，共计14次): where the parts are.
        var parts: [Range<Int>] = []
    }

    func bind(_ scalars: [Unicode.Scalar], quantities: [Quantity]) -> (bindings: [Binding], unboundTriggers: [PhraseIndex.Hit]) {
        let listItems = listItemHits(scalars).filter { passesVetoes($0, scalars) }
        let allTriggers = catalogue.triggers.hits(in: scalars)
        // A phrase two indicators share (法律讲座) is told apart by its sentence's audience.
        let shared = Set(Dictionary(grouping: allTriggers, by: { [$0.range.lowerBound, $0.range.upperBound] })
            .filter { Set($0.value.map(\.indicator)).count > 1 }.keys)
        let phraseEnds = Set(allTriggers.map(\.range.upperBound))
        let triggers = allTriggers.filter {
            passesVetoes($0, scalars, phraseEnds: phraseEnds)
                && (!shared.contains([$0.range.lowerBound, $0.range.upperBound]) || keepsShared($0, scalars))
        } + listItems
        let nouns = catalogue.nouns.hits(in: scalars).filter { passesVetoes($0, scalars, noun: true) }
        var bindings: [Binding] = []
        let listed = ListAssignment.assign(triggers: triggers, quantities: quantities, in: scalars) { hit, quantity in
            accepts(hit, quantity, scalars)
        }
        var usedTriggers = Set<Int>()
        // Phrases that named the figure before them (6件行政复议、8件行政诉讼): not the next figure's.
        var namedByNoun: [Range<Int>] = []
        var previousEnd = 0
        for (position, quantity) in quantities.enumerated() {
            defer { previousEnd = quantity.range.upperBound }
            if let items = listed[position] {
                usedTriggers.formUnion(items)
                bindings += items.map { Binding(indicator: triggers[$0].indicator, quantity: quantity, phrase: triggers[$0].range) }
                continue
            }
            let start = quantity.range.lowerBound
            // Phrases ending before the number, after the previous quantity, nearest first.
            let labelEnd = Self.labelEnd(before: quantity, scalars)
            let candidates = triggers.indices.filter { index in
                let hit = triggers[index]
                guard hit.range.upperBound <= start, hit.range.upperBound >= previousEnd else { return false }
                // A table figure's label end may stand before a phrase in the figure's own cell: then the clause is the cell's.
                let wordsEnd = min(max(labelEnd, hit.range.upperBound), start)
                guard Clause.isOneClause(hit.range.upperBound..<wordsEnd, in: scalars) else { return false }
                let gap = Gap(hit.range.upperBound..<wordsEnd, scalars)
                return gap.length <= catalogue.indicators[hit.indicator].window && !gap.widensTheGroup
                    && !namedByNoun.contains { $0.overlaps(hit.range) }
            }.sorted { lhs, rhs in
                let (a, b) = (triggers[lhs].range, triggers[rhs].range)
                if a.upperBound != b.upperBound { return a.upperBound > b.upperBound }
                // 调解组织共排查矛盾纠纷: another indicator's phrase inside a gap is the nearer verb;
                // not when 的 makes it a modifier (受理排查上报的矛盾纠纷, 人大代表提出的意见建议).
                if a.count != b.count, triggers[lhs].indicator != triggers[rhs].indicator,
                   triggers[a.count > b.count ? lhs : rhs].compound,
                   !scalars[(a.count < b.count ? a : b)].contains("的") { return a.count < b.count }
                if a.count != b.count { return a.count > b.count }
                return triggers[lhs].indicator < triggers[rhs].indicator  // the same phrase of two: catalogue order
            }
            if let chosen = candidates.first(where: {
                accepts(triggers[$0], quantity, scalars, checkingRequiredWords: !listItems.contains(triggers[$0]))
            }) {
                usedTriggers.insert(chosen)
                bindings.append(Binding(indicator: triggers[chosen].indicator, quantity: quantity, phrase: triggers[chosen].range))
                continue
            }
            if !candidates.isEmpty { usedTriggers.formUnion(candidates) }  // the phrase's first figure was not its kind
            let end = quantity.range.upperBound
            // The noun follows within a few characters and no punctuation: 6份民事合同, not 13份、出具法律意见,
            // nor 31件重大决策与规范性文件 (the figure counts both).
            if let noun = nouns.first(where: { hit in
                hit.range.lowerBound >= end && hit.range.lowerBound - end <= 6
                    && scalars[end..<hit.range.lowerBound].allSatisfy(CharacterClass.isHan)
                    && !Self.joinsAnotherObject(before: hit.range.lowerBound, after: end, scalars)
                    && accepts(hit, quantity, scalars)
            }) {
                bindings.append(Binding(indicator: noun.indicator, quantity: quantity, phrase: noun.range))
                namedByNoun.append(noun.range)
            } else if let around = triggers.indices.first(where: { surrounds(triggers[$0], quantity, scalars) }) {
                usedTriggers.insert(around)
                bindings.append(Binding(indicator: triggers[around].indicator, quantity: quantity, phrase: triggers[around].range))
            }
        }
        bindings += reachedFigures(scalars, quantities: quantities, bound: bindings)
        bindings += verbsAfterCounts(scalars, quantities: quantities, bound: bindings)
        bindings += totalsAfterCounts(scalars, quantities: quantities, bound: bindings)
        // 做到应出尽出, 均在法定期限内答复: a rate stated as 100% in words.
        for hit in catalogue.fullStatements.hits(in: scalars) where passesVetoes(hit, scalars) {
            let full = Quantity(value: 100, qualifier: .exact, isPercent: true, unit: "%", range: hit.range)
            if accepts(hit, full, scalars) { bindings.append(Binding(indicator: hit.indicator, quantity: full, phrase: hit.range)) }
        }
        let unbound = triggers.indices.filter { !usedTriggers.contains($0) }.map { triggers[$0] }
        return (bindings, unbound)
    }

    /// Unit and required words; a subset noun's required clause words were
    /// checked on the head of its sentence.
    func accepts(_ hit: PhraseIndex.Hit, _ quantity: Quantity, _ scalars: [Unicode.Scalar],
                         checkingRequiredWords: Bool = true) -> Bool {
        let compiled = catalogue.compiled[hit.indicator]
        guard catalogue.indicators[hit.indicator].accepts(quantity) else { return false }
        let span = min(hit.range.lowerBound, quantity.range.lowerBound)..<max(hit.range.upperBound, quantity.range.upperBound)
        if !compiled.requiresInSentence.isEmpty {
            let sentence = Clause.sentence(around: span, in: scalars)
            // …or in the heading right above a paragraph's first sentence ((一)强化学法用法 / 组织专题学习12次),
            // or in the run-in heading opening its paragraph (1.强化学法用法。…组织专题学习12次).
            let heading = Clause.headingLine(above: sentence.lowerBound, in: scalars)
                ?? Clause.runInHeading(before: sentence.lowerBound, in: scalars)
            if !compiled.requiresInSentence.occurs(in: sentence, of: scalars),
               !(heading.map { compiled.requiresInSentence.occurs(in: $0, of: scalars) } ?? false) { return false }
        }
        if checkingRequiredWords, !compiled.requires.isEmpty {
            if !compiled.requires.occurs(in: Clause.clause(around: span, in: scalars), of: scalars) { return false }
        }
        return true
    }

    /// List nouns name an indicator as an item of a list whose head carries
    /// the verb: after 其中 (审查共215件，其中规范性文件3件、合同198件) or after
    /// 、 in a shared-verb list (审核把关合同2657份、规范性文件13份).
    private func listItemHits(_ scalars: [Unicode.Scalar]) -> [PhraseIndex.Hit] {
        catalogue.listNouns.hits(in: scalars).filter { hit in
            let requires = catalogue.compiled[hit.indicator].requires
            let sentenceStart = Clause.sentenceStart(before: hit.range.lowerBound, in: scalars)
            if let part = ScopeReader.lastPartMarker(in: sentenceStart..<hit.range.lowerBound, of: scalars) {
                return requires.isEmpty || requires.occurs(in: sentenceStart..<part, of: scalars)
            }
            guard hit.range.lowerBound > 0, scalars[hit.range.lowerBound - 1] == "、" else { return false }
            let clauseStart = Clause.clauseStart(before: hit.range.lowerBound, in: scalars)
            return requires.isEmpty || requires.occurs(in: clauseStart..<hit.range.lowerBound, of: scalars)
        }
    }

    /// 受理纠纷52起，化解50起: a bare verb (化解, 办结, 调处) opening its clause
    /// right before a figure no phrase took states the indicator whose
    /// `count_before` figure is the one just before it in the sentence
    /// (…调解成功20起，成功率达100%: a figure this rule bound counts too).
    /// 其中化解重大疑难纠纷58件 has no bare verb; in 受理纠纷48起，受理信访21件，化解19件
    /// the figure before it is no dispute count.
    private func verbsAfterCounts(_ scalars: [Unicode.Scalar], quantities: [Quantity], bound: [Binding]) -> [Binding] {
        let boundStarts = Set(bound.map(\.quantity.range.lowerBound))
        var found: [Binding] = []
        for (position, quantity) in quantities.enumerated() where position > 0 && !boundStarts.contains(quantity.range.lowerBound) {
            var start = quantity.range.lowerBound
            if let link = Self.linkingWords.words.first(where: { WordSet.literal($0, in: scalars, at: start - $0.count) }) {
                start -= link.count
            }
            let previous = quantities[position - 1]
            let sentenceStart = Clause.sentenceStart(before: start, in: scalars)
            guard previous.range.lowerBound >= sentenceStart else { continue }
            for (index, words) in catalogue.compiled.enumerated() {
                guard !words.countBefore.isEmpty,
                      let verb = words.verbsAfterCount.words.first(where: { WordSet.literal($0, in: scalars, at: start - $0.count) }),
                      Self.opensClause(at: start - verb.count, scalars), catalogue.indicators[index].accepts(quantity)
                else { continue }
                let counts = { (binding: Binding) in words.countBefore.contains(binding.indicator) && binding.quantity.range == previous.range }
                guard let counted = bound.first(where: counts) ?? found.first(where: counts) else { continue }
                // 受理信访事项23件，调处成功21件，成功率91.3%: the indicator's veto words anywhere before it, but for
                // those of the count's own phrase (开展矛盾纠纷排查，…排查矛盾纠纷310起，调解280起: 排查 is what it counts).
                let vetoes = words.vetoBefore.words.filter { word in
                    !counted.phrase.contains { WordSet.literal(word, in: scalars, at: $0) }
                }
                guard !WordSet(vetoes.map { String(scalars: $0) }).occurs(in: sentenceStart..<start, of: scalars) else { continue }
                found.append(Binding(indicator: index, quantity: quantity, phrase: (start - verb.count)..<start, follows: previous.range))
            }
        }
        return found
    }

    /// 行政诉讼案件由上年的6件下降至2件: the phrase took the first figure (the
    /// scope reader makes it last year's); the figure after 降至/增至 in the same
    /// clause, or opening the next (较上年增加9件，增至37件), is the phrase's too.
    private func reachedFigures(_ scalars: [Unicode.Scalar], quantities: [Quantity], bound: [Binding]) -> [Binding] {
        let boundStarts = Set(bound.map(\.quantity.range.lowerBound))
        var found: [Binding] = []
        for (position, quantity) in quantities.enumerated() where position > 0 && !boundStarts.contains(quantity.range.lowerBound) {
            let start = quantity.range.lowerBound, previous = quantities[position - 1]
            guard ScopeReader.reached.endsBefore(start, within: 0, in: scalars), start - previous.range.upperBound <= 4,
                  Clause.isOneClause(previous.range.lowerBound..<start, in: scalars)
                    || Clause.clauseStart(before: start, in: scalars) == previous.range.upperBound + 1 else { continue }
            for binding in bound where binding.quantity.range == previous.range
                && catalogue.indicators[binding.indicator].accepts(quantity) {
                found.append(Binding(indicator: binding.indicator, quantity: quantity, phrase: binding.phrase))
            }
        }
        return found
    }

    /// 与/及 right before the noun join it to another object (决策与规范性文件);
    /// 涉及 and 与企业签订的 do not. 和 is too often inside words (和解协议) to tell.
    private static func joinsAnotherObject(before noun: Int, after figureEnd: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard noun - 1 > figureEnd, scalars[noun - 1] == "与" || scalars[noun - 1] == "及" else { return false }
        return scalars[noun - 2] != "涉"
    }

    /// Where a label ends when a colon or a table bar stands right before a figure
    /// that ends its cell (a data table written as text: 法律援助案件：7件, 人民调解案件：
    /// 104件（…）, | 行政诉讼案件 | 8件 |); else the figure's start. 审查时限：3个工作日 is no cell.
    private static func labelEnd(before quantity: Quantity, _ scalars: [Unicode.Scalar]) -> Int {
        if let tableLabelEnd = quantity.labelEnd { return tableLabelEnd }
        let start = quantity.range.lowerBound, end = quantity.range.upperBound
        var colon = start - 1
        while colon > 0, scalars[colon] == " " { colon -= 1 }
        guard colon >= 0, scalars[colon] == "：" || scalars[colon] == ":" || scalars[colon] == "|",
              end == scalars.count || Self.cellEnds.contains(scalars[end]) else { return start }
        return colon
    }

    private static let cellEnds: Set<Unicode.Scalar> = ["\n", "(", "（", "，", ",", "；", ";", "。", "、", " ", "|"]

    /// Between a bare verb and its figure: 化解了50起, 成功率达100%.
    private static let linkingWords = WordSet(["了", "达到", "达", "为"])

    /// Only these may stand between a clause's start and its verb (，共化解50起).
    private static let beforeVerb: Set<Unicode.Scalar> = ["已", "共", "累", "计", "均", "全", "部", "成", "功"]

    private static func opensClause(at position: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let start = Clause.clauseStart(before: position, in: scalars)
        return position - start <= 3 && scalars[start..<position].allSatisfy(beforeVerb.contains)
    }
}
