import Normalize

extension MentionFinder {
    /// 共调解68起矛盾纠纷, 受理45件信访件, 办理37件行政执法案件: the figure
    /// stands inside a two-word phrase, right after its verb (or 了/出/到/共 after
    /// it), and only the noun's own words follow it up to the noun.
    func surrounds(_ hit: PhraseIndex.Hit, _ quantity: Quantity, _ scalars: [Unicode.Scalar]) -> Bool {
        guard let gap = hit.gap, gap.lowerBound <= quantity.range.lowerBound, quantity.range.upperBound <= gap.upperBound,
              quantity.range.lowerBound - gap.lowerBound <= 1 else { return false }
        if quantity.range.lowerBound > gap.lowerBound, !Self.afterVerb.contains(scalars[gap.lowerBound]) { return false }
        let rest = quantity.range.upperBound..<gap.upperBound
        return rest.count <= 6 && scalars[rest].allSatisfy(CharacterClass.isHan) && accepts(hit, quantity, scalars)
    }

    private static let afterVerb: Set<Unicode.Scalar> = ["了", "出", "到", "共"]
}
