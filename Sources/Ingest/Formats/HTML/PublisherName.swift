/// A portal's 发布机构 ("张家港市锦丰镇人民政府", "禄口街道办事处",
/// "锦丰镇党政办公室") split into township and county-level parent.
struct PublisherName: Equatable {
    var township: String?
    var county: String?

    static let townshipMarks = ["街道", "苏木", "镇", "乡"]
    /// What follows a township's name in an office's name; anything else
    /// after 镇/乡 means the mark was part of a word (城乡建设局).
    static let officeWords = [
        "人民政府", "政府", "办事处", "党委", "党工委", "党政", "办公室", "综合", "司法所", "便民", "人大", "纪委", "财政所", "法治",
    ]
    static let countyMarks: Set<Character> = ["市", "区", "县", "旗"]

    init(_ publisher: String) {
        let name = Array(publisher.filter { !$0.isWhitespace })
        guard let (start, end) = Self.township(in: name) else {
            county = Self.county(in: name, before: name.count)
            return
        }
        township = String(name[start..<end])
        county = Self.county(in: name, before: start)
    }

    /// The township name's bounds: from after the last county mark before
    /// it (or the start) through its 镇/乡/街道/苏木, which must end the
    /// name or be followed by an office word.
    private static func township(in name: [Character]) -> (Int, Int)? {
        for end in 1...max(name.count, 1) where end <= name.count {
            guard let mark = townshipMarks.first(where: { name[..<end].hasSuffix(Array($0)) }) else { continue }
            let rest = String(name[end...])
            guard rest.isEmpty || officeWords.contains(where: rest.hasPrefix) else { continue }
            let markStart = end - mark.count
            var start = 0
            if let last = name[..<markStart].lastIndex(where: countyMarks.contains), markStart - (last + 1) >= 1 {
                start = last + 1
            }
            guard markStart - start >= 1 else { continue }
            return (start, end)
        }
        return nil
    }

    /// The county-level name ending right before `limit`, at least two
    /// characters before its mark (新市镇 is a township, not 新市 + 镇).
    private static func county(in name: [Character], before limit: Int) -> String? {
        guard limit >= 3, countyMarks.contains(name[limit - 1]) else { return nil }
        let previous = name[..<(limit - 1)].lastIndex(where: { countyMarks.contains($0) || $0 == "省" || $0 == "州" || $0 == "盟" })
        let start = previous.map { $0 + 1 } ?? 0
        return limit - 1 - start >= 2 ? String(name[start..<limit]) : nil
    }
}

extension ArraySlice where Element == Character {
    fileprivate func hasSuffix(_ suffix: [Character]) -> Bool {
        count >= suffix.count && Array(self[(endIndex - suffix.count)...]) == suffix
    }
}
