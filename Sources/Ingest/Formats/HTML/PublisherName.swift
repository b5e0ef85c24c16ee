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
    /// Ends of county-level names (市, 区, 县, 旗) and of the levels above
    /// them (省, 自治区, 自治州, 盟). A bare 州 is not one: 邳州市, 通州区.
    static let countyMarks: Set<Character> = ["市", "区", "县", "旗"]

    init(_ publisher: String) {
        let name = Array(publisher.filter { !$0.isWhitespace })
        let boundaries = Self.boundaries(in: name)
        guard let (start, end) = Self.township(in: name, boundaries: boundaries) else {
            county = Self.county(in: name, endingAt: name.count, boundaries: boundaries)
            return
        }
        township = String(name[start..<end])
        county = Self.county(in: name, endingAt: start, boundaries: boundaries)
    }

    /// Positions just after each administrative name (after 省, 市, 区, 县,
    /// 旗, 盟, 自治州), where the next name starts.
    private static func boundaries(in name: [Character]) -> [Int] {
        var ends: [Int] = []
        for (index, character) in name.enumerated() {
            let autonomousPrefecture = character == "州" && index >= 2 && name[index - 2] == "自" && name[index - 1] == "治"
            if countyMarks.contains(character) || character == "省" || character == "盟" || autonomousPrefecture {
                ends.append(index + 1)
            }
        }
        return ends
    }

    /// The township name's bounds: it starts at the last boundary that
    /// leaves it a name of its own (新市镇, 东区街道 keep their 市 and 区),
    /// and ends with 镇/乡/街道/苏木 followed by an office word or nothing.
    private static func township(in name: [Character], boundaries: [Int]) -> (Int, Int)? {
        for end in stride(from: 1, through: name.count, by: 1) {
            guard let mark = townshipMarks.first(where: { Array(name[..<end]).suffix($0.count) == Array($0) }) else { continue }
            let rest = String(name[end...])
            guard rest.isEmpty || officeWords.contains(where: rest.hasPrefix) else { continue }
            let markStart = end - mark.count
            // The last boundary with at least two characters between it and the mark.
            let start = boundaries.last { $0 <= markStart - 2 } ?? 0
            guard markStart - start >= 1 else { continue }
            return (start, end)
        }
        return nil
    }

    /// The county-level name ending at `limit`: from the boundary before it,
    /// at least two characters before its mark.
    private static func county(in name: [Character], endingAt limit: Int, boundaries: [Int]) -> String? {
        guard limit >= 3, countyMarks.contains(name[limit - 1]), boundaries.contains(limit) else { return nil }
        let start = boundaries.last { $0 < limit - 1 } ?? 0
        return limit - 1 - start >= 2 ? String(name[start..<limit]) : nil
    }
}
