import PipelineCore

/// Infers a report's metadata from its normalized text (simplified script,
/// one paragraph per line): township and county, province when stated,
/// report year, signing date and document number.
struct MetadataReader {
    private let text: MappedText
    private let lines: [Range<Int>]
    /// End of the title block: everything before the first heading or body paragraph.
    private let titleEnd: Int
    /// Start of the signature block: the last few lines.
    private let signatureStart: Int
    /// End of the body's first sentence.
    private var openingEnd: Int {
        let scalars = text.scalars
        var end = titleEnd
        while end < scalars.count, end - titleEnd < 200, scalars[end] != "。" { end += 1 }
        return end
    }

    static let signatureLines = 6
    /// 现将…2023年度…报告如下: the year named there is the report's.
    private static let statingWords = WordSet(["报告如下", "汇报如下", "总结如下"])
    /// What a report's own title line says ("…镇2023年度法治政府建设工作报告").
    private static let titleSubjects = WordSet(["法治政府", "法治建设", "依法行政", "依法治"])
    private static let titleKinds = WordSet(["报告", "情况", "总结"])

    /// The county a saved page's publisher line names: after what the text says
    /// itself; a city (maybe the prefecture) even after the titles' county.
    private let publisherCounty: String?

    init(_ text: MappedText, publisherCounty: String? = nil) {
        self.text = text
        self.publisherCounty = publisherCounty
        lines = text.lineRanges().filter { !$0.isEmpty }
        var titleEnd = 0
        for line in lines.prefix(8) {
            let scalars = text.scalars[line]
            if let mark = HeadingMark.read(scalars), mark.level > 0 { break }
            if scalars.contains("。") || scalars.count > 80 { break }
            titleEnd = line.upperBound
        }
        self.titleEnd = titleEnd
        // The signature block: the short lines without a full stop at the end
        // (X镇人民政府 / 2024年1月5日), not the plan paragraphs before them.
        var signatureStart = text.count
        for line in lines.suffix(Self.signatureLines).reversed() {
            let scalars = text.scalars[line]
            guard scalars.count <= 40, !scalars.contains("。"), !scalars.contains("；") else { break }
            signatureStart = line.lowerBound
        }
        self.signatureStart = signatureStart
    }

    func read() -> DocumentMetadata {
        let places = PlaceNames(text.scalars, titleEnd: titleEnd, openingEnd: openingEnd, signatureStart: signatureStart).township()
        let issued = signingDate()
        return DocumentMetadata(
            township: places?.name,
            county: county(of: places),
            province: ProvinceNames.mostMentioned(in: text.scalars),
            reportYear: reportYear(issued: issued),
            issued: issued,
            docNumber: documentNumber())
    }

    /// The county, from the surest source that names one: the township's own
    /// mentions, the addressee, the leading committee, the publisher line, cited
    /// titles, the location sentence; a city only when nothing else does.
    private func county(of places: PlaceNames.Township?) -> String? {
        let scalars = text.scalars
        if let county = places?.county ?? addresseeCounty() ?? CountyNames.leading(scalars, cities: false) { return county }
        if let county = publisherCounty, !county.hasSuffix("市") { return county }
        if let county = CountyNames.mostCitedInTitles(scalars) { return county }
        if let places, let county = LocationSentence.county(of: places.name, in: scalars) { return county }
        return CountyNames.leading(scalars, cities: true) ?? publisherCounty
    }

    /// The year reported on: from the title block, else the opening of the
    /// body (2023年，… / 2023年以来 / 现将…2023年度…报告如下) or the first
    /// heading, else the year before the signing date.
    func reportYear(issued: String?) -> Int? {
        let scalars = text.scalars
        for line in lines where line.upperBound <= titleEnd {
            if let first = yearsNamed(in: line).first { return first.year }
        }
        for line in openingLines() {
            let years = yearsNamed(in: line)
            if let opening = years.first, opening.offset <= 6 { return opening.year }
            if Self.statingWords.occurs(in: scalars[line]) {
                if let stated = years.last { return stated.year }
            }
        }
        if let year = titleLineYear() { return year }
        if let issued, let year = Int(issued.prefix(4)), let month = Int(issued.dropFirst(5).prefix(2)) {
            return month <= 6 ? year - 1 : year
        }
        return mostNamedYear()
    }

    /// The year the text names most (2022年我镇新制发…), for a report with
    /// neither title, opening nor date: it mostly tells what it did that year.
    private func mostNamedYear() -> Int? {
        var counts: [Int: Int] = [:]
        for line in lines {
            for found in yearsNamed(in: line) { counts[found.year, default: 0] += 1 }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// The year of the report's title line below a saved portal page's
    /// navigation and metadata lines, which push it out of the title block.
    private func titleLineYear() -> Int? {
        for line in lines.prefix(30) where line.count <= 80 {
            let scalars = text.scalars[line]
            guard !scalars.contains("。"), (HeadingMark.read(scalars)?.level ?? 0) == 0,
                  Self.titleSubjects.occurs(in: scalars), Self.titleKinds.occurs(in: scalars) else { continue }
            if let year = yearsNamed(in: line).first { return year.year }
        }
        return nil
    }

    /// The body's opening: lines after the title block up to and including
    /// the first top-level heading ("一、2020年法治政府建设工作基本情况").
    private func openingLines() -> ArraySlice<Range<Int>> {
        let body = lines.drop { $0.upperBound <= titleEnd }
        let end = body.firstIndex { line in
            (HeadingMark.read(text.scalars[line])?.level ?? 0) > 0
        }.map { $0 + 1 } ?? body.endIndex
        return body[body.startIndex..<min(end, body.startIndex + 12, body.endIndex)]
    }

    /// The years a line names, outside cited 《…》 titles.
    private func yearsNamed(in line: Range<Int>) -> [(year: Int, offset: Int)] {
        let masked = maskingBookTitles(line)
        return DateReader.years(in: masked, range: 0..<masked.count)
    }

    /// The line's scalars with 《…》 titles blanked out: a cited plan's year
    /// (《2020年…工作要点》) is not the report's.
    private func maskingBookTitles(_ line: Range<Int>) -> [Unicode.Scalar] {
        var depth = 0
        return text.scalars[line].map { scalar in
            if scalar == "《" { depth += 1 }
            defer { if scalar == "》" { depth = max(0, depth - 1) } }
            return depth > 0 || scalar == "》" ? " " : scalar
        }
    }

    /// The signing date: the last line of the signature block that is a date alone.
    func signingDate() -> String? {
        for line in lines.suffix(Self.signatureLines + 4).reversed() {
            let scalars = text.scalars[line]
            guard LineJoiner.isDateLine(scalars), let yearMark = scalars.firstIndex(of: "年") else { continue }
            if let date = DateReader.date(at: yearMark, in: text.scalars) { return date }
        }
        return nil
    }

    /// X政发〔2021〕1号 in the header lines.
    func documentNumber() -> String? {
        for line in lines.prefix(10) {
            if let number = DocumentNumber.find(in: text.scalars[line]) { return number }
        }
        return nil
    }

    private func addresseeCounty() -> String? {
        for line in lines.prefix(10) where text.scalars[line.upperBound - 1] == ":" {
            if let county = CountyNames.addressee(String(scalars: text.scalars[line])) { return county }
        }
        return nil
    }
}
