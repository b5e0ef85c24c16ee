import PipelineCore

/// What a PDF repeats on its pages rather than says: page numbers
/// (— 3 —, 第3页, 3/12) and running headers and footers. Only the top and
/// bottom lines of a page are candidates, so body text is never touched.
enum PageFurniture {
    /// How many lines at the top and at the bottom of a page can be furniture.
    static let zone = 2

    /// The pages' lines with page numbers and repeated headers/footers removed.
    static func strip(_ pages: [[String]]) -> [[String]] {
        let trimmed = pages.map { page in page.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty } }
            .filter { !$0.isEmpty }
        let bareNumbers = numbersCountPages(trimmed)
        let numbered = trimmed.map { page in
            page.enumerated().filter { index, line in
                !(inZone(index, of: page.count) && (isPageNumber(line) || (bareNumbers && isBareNumber(line))))
            }.map(\.element)
        }
        let headers = repeated(numbered.map { page in topZone(page.count).map { page[$0] } })
        let footers = repeated(numbered.map { page in bottomZone(page.count).map { page[$0] } })
        return numbered.enumerated().map { pageIndex, page in
            var dropped = Set<Int>()
            // One header and one footer per page: a signature that repeats
            // the running header (the township's name) stays. The first
            // page keeps its top lines: with a "different first page"
            // layout they are the title, which the later pages' header repeats.
            if pageIndex > 0, let top = topZone(page.count).first(where: { headers.contains(shape(page[$0])) }) {
                dropped.insert(top)
            }
            if let bottom = bottomZone(page.count).reversed().first(where: { footers.contains(shape(page[$0])) }) {
                dropped.insert(bottom)
            }
            return page.indices.filter { !dropped.contains($0) }.map { page[$0] }
        }
    }

    /// Pages joined into lines. A page whose last line runs to the right
    /// margin and does not end a sentence continues on the next page's
    /// first line without a break; a short last line (a signature, a date,
    /// a heading) ends where it is.
    static func join(_ pages: [[String]]) -> String {
        let fullWidth = typicalWidth(of: pages.flatMap { $0 })
        var lines: [String] = []
        for page in pages {
            for (index, line) in page.enumerated() {
                if index == 0, let last = lines.last, let end = last.last, !sentenceEnds.contains(end),
                   DisplayWidth.of(last) * 10 >= fullWidth * 8 {
                    lines[lines.count - 1] = last + line
                } else {
                    lines.append(line)
                }
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The width most body lines fill: the 75th percentile of line widths.
    private static func typicalWidth(of lines: [String]) -> Int {
        let widths = lines.map(DisplayWidth.of).sorted()
        return widths.isEmpty ? 0 : widths[widths.count * 3 / 4]
    }

    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "：", "…", "”", "’", "」", "』", "）", ")", "!", "?", ";", ":"]

    private static func inZone(_ index: Int, of count: Int) -> Bool {
        topZone(count).contains(index) || bottomZone(count).contains(index)
    }

    /// The first lines of a page that can be a running header; on a short
    /// page the zones split it rather than overlap.
    private static func topZone(_ count: Int) -> Range<Int> { 0..<min(zone, (count + 1) / 2) }
    private static func bottomZone(_ count: Int) -> Range<Int> { max(count - zone, topZone(count).upperBound)..<count }

    /// Lines whose shape (digits as #, no spaces) opens or closes at least
    /// half of the pages, and at least two.
    private static func repeated(_ zones: [[String]]) -> Set<String> {
        guard zones.count >= 2 else { return [] }
        var pagesWith: [String: Int] = [:]
        for zone in zones {
            for key in Set(zone.map(shape)) { pagesWith[key, default: 0] += 1 }
        }
        let needed = max(2, (zones.count + 1) / 2)
        return Set(pagesWith.filter { $0.value >= needed }.keys)
    }

    private static func shape(_ line: String) -> String {
        String(line.compactMap { $0.isWhitespace ? nil : ($0.isASCII && $0.isNumber ? "#" : $0) })
    }

    /// A line that is only a number (12): a page number, or a table cell
    /// that pdftotext put on a line of its own.
    static func isBareNumber(_ line: String) -> Bool {
        let compact = line.filter { !$0.isWhitespace }
        return (1...4).contains(compact.count) && compact.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Whether bare numbers in the top and bottom zones count the pages:
    /// on at least half of the pages (and two) the number is the page's
    /// index plus one same offset. Otherwise they are data and stay.
    static func numbersCountPages(_ pages: [[String]]) -> Bool {
        var offsets: [Int: Int] = [:]
        for (index, page) in pages.enumerated() {
            let zone = page.indices.filter { inZone($0, of: page.count) }
            let numbers = Set(zone.compactMap { isBareNumber(page[$0]) ? Int(page[$0].filter { !$0.isWhitespace }) : nil })
            for number in numbers { offsets[number - index, default: 0] += 1 }
        }
        return (offsets.values.max() ?? 0) >= max(2, (pages.count + 1) / 2)
    }

    /// — 3 —, - 3 -, 第3页, 第 3 页 共 12 页, 3/12, Page 3 of 12 (a bare 3 only
    /// when the numbers count the pages: `numbersCountPages`).
    static func isPageNumber(_ line: String) -> Bool {
        let compact = line.filter { !$0.isWhitespace }.lowercased()
        let decorations: Set<Character> = ["-", "—", "–", "－", "‐", "·", "•"]
        let core = String(compact.drop(while: decorations.contains).reversed().drop(while: decorations.contains).reversed())
        if core.count < compact.count, isBareNumber(core) { return true }
        var shaped = ""
        for character in core where !(character.isASCII && character.isNumber && shaped.last == "#") {
            shaped.append(character.isASCII && character.isNumber ? "#" : character)
        }
        let shapes = ["第#页", "第#页共#页", "第#页,共#页", "第#页，共#页", "共#页第#页", "#/#", "page#", "page#of#", "第#页/共#页"]
        return shapes.contains(shaped)
    }
}
