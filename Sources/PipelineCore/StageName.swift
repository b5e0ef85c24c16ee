/// The pipeline's stages, in the order they run.
public enum StageName: String, CaseIterable, Codable, Sendable, Comparable {
    case ingest, normalize, extract, aggregate, export

    public static func < (lhs: StageName, rhs: StageName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The stage whose artifact this one reads; nil for the first stage.
    public var upstream: StageName? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index == 0 ? nil : all[index - 1]
    }
}
