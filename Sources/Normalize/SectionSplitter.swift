import PipelineCore

/// Splits normalized text (one paragraph per line) into sections at its
/// headings and gives each a role. Top-level headings name their part or
/// are thematic (then: measures and results); lower headings inherit.
/// Unheaded closing paragraphs ("…但也存在一些不足…。2022年，我镇将…") get
/// their roles from their opening words.
struct SectionSplitter {
    let reportYear: Int?

    func split(_ text: MappedText) -> [Section] {
        var sections: [Section] = []
        var topRole = SectionRole.other
        var topLevel: Int?
        var current = Section(start: 0, end: 0, level: nil, heading: "", role: .other)
        let lines = text.lineRanges()
        let halfway = text.count / 2

        func open(_ next: Section) {
            current.end = next.start
            if current.end > current.start { sections.append(current) }
            current = next
        }

        for line in lines where !line.isEmpty {
            let scalars = text.scalars[line]
            if let mark = HeadingMark.read(scalars), mark.level > 0 {
                let headingScalars = headingSlice(scalars.dropFirst(mark.length))
                let heading = String(scalars: headingScalars)
                let announced = SectionRole.announced(by: headingScalars, reportYear: reportYear)
                let role: SectionRole
                if topLevel == nil || mark.level <= topLevel! {
                    topLevel = mark.level
                    topRole = announced ?? .measuresAndResults
                    role = topRole
                } else if topRole == .shortcomings, announced == .nextYearPlan {
                    role = .nextYearPlan
                } else if topRole == .measuresAndResults, announced == .chiefDuty {
                    role = .chiefDuty  // the heads' duty reported as one of the measures
                } else {
                    role = topRole == .other ? (announced ?? .measuresAndResults) : topRole
                }
                open(Section(start: line.lowerBound, end: line.upperBound, level: mark.level, heading: heading, role: role))
                continue
            }
            if HeadingMark.read(scalars) != nil { continue }  // a Markdown title line
            // An appendix after the report (附件 / 附：…主要数据) is no part of the plan before it.
            if line.lowerBound >= halfway, Self.opensAppendix(scalars) {
                // Its title may stand on the next line (附件2 / 某镇2025年重点任务清单).
                let title = scalars.count <= 5 ? lines.first { $0.lowerBound > line.upperBound && !$0.isEmpty }.map { text.scalars[$0] } ?? [] : []
                topRole = SectionRole.announced(by: scalars, reportYear: reportYear)
                    ?? (title.count <= 40 ? SectionRole.announced(by: title, reportYear: reportYear) : nil) ?? .other
                topLevel = 0  // its numbered items (1. 开展…) are the appendix's
                open(Section(start: line.lowerBound, end: line.upperBound, level: nil, heading: headingText(scalars), role: topRole))
                continue
            }
            // Unheaded closing paragraph of shortcomings, possibly running into plans.
            if current.role != .shortcomings, current.role != .nextYearPlan, line.lowerBound >= halfway,
               opensShortcomings(scalars) {
                open(Section(start: line.lowerBound, end: line.upperBound, level: nil,
                             heading: headingText(scalars), role: .shortcomings))
            }
            if current.role == .shortcomings {
                for sentenceStart in sentenceStarts(in: line, of: text) where opensPlan(text.scalars[sentenceStart..<line.upperBound]) {
                    open(Section(start: sentenceStart, end: line.upperBound, level: nil,
                                 heading: headingText(text.scalars[sentenceStart..<line.upperBound]), role: .nextYearPlan))
                    break
                }
            }
        }
        current.end = text.count
        if current.end > current.start { sections.append(current) }
        return sections
    }

    /// The heading's words: up to the first full stop, at most 60 scalars.
    private func headingSlice(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        let limited = scalars.prefix(60)
        return limited.firstIndex(of: "。").map { limited[..<$0] } ?? limited
    }

    private func headingText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: headingSlice(scalars))
    }

    private static let appendixOpenings = WordSet(["附件", "附表", "附：", "附:"])

    /// 附件, 附件1, 附表：…, 附：… on a short line of their own.
    private static func opensAppendix(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.count <= 40 && !line.contains("。") && appendixOpenings.prefixes(line)
    }

    private static let admissions = WordSet(["存在", "仍有", "还有", "尚有"])
    private static let problems = WordSet(["不足", "问题", "差距", "短板", "薄弱"])
    private static let planOpenings = WordSet(["下一步", "下一年度", "今后", "明年", "新的一年", "下阶段"])

    /// First sentence admits problems: 存在/仍有/还有 … 不足/问题/差距/短板.
    private func opensShortcomings(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let first = headingSlice(line)
        return Self.admissions.occurs(in: first) && Self.problems.occurs(in: first)
    }

    /// A sentence that starts the plans: 下一步 / 今后 / 明年 / 2022年，…将.
    private func opensPlan(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        if Self.planOpenings.prefixes(sentence) { return true }
        if let reportYear, WordSet(["\(reportYear + 1)年"]).prefixes(sentence) { return true }
        return false
    }

    /// Offsets where sentences start inside `line` (after 。！？; and at its start).
    private func sentenceStarts(in line: Range<Int>, of text: MappedText) -> [Int] {
        var starts = [line.lowerBound]
        for index in line where ["。", "！", "？", "!", "?", ";", "；"].contains(text.scalars[index]) && index + 1 < line.upperBound {
            starts.append(index + 1)
        }
        return starts
    }
}
