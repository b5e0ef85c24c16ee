/// A stretch of normalized text under one heading (or an unheaded part such
/// as the preamble or a closing paragraph), with its role.
public struct Section: Codable, Equatable, Sendable {
    /// Scalar offsets into the normalized text, end exclusive.
    public var start: Int
    public var end: Int
    /// Heading level (see `HeadingMark`); nil for unheaded parts.
    public var level: Int?
    /// The heading's words, or the first words of an unheaded part.
    public var heading: String
    public var role: SectionRole

    public init(start: Int, end: Int, level: Int?, heading: String, role: SectionRole) {
        self.start = start
        self.end = end
        self.level = level
        self.heading = heading
        self.role = role
    }
}
