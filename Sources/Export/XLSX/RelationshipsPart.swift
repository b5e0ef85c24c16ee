import Foundation

/// A `.rels` part: the relationships of the package or of one part.
struct RelationshipsPart {
    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    private(set) var relationships: [Relationship] = []

    /// Adds a relationship and returns its id (rId1, rId2, … in order).
    @discardableResult
    mutating func add(_ type: String, target: String) -> String {
        let id = "rId\(relationships.count + 1)"
        relationships.append(Relationship(id: id, type: type, target: target))
        return id
    }

    func write(to file: URL) throws {
        let writer = try XMLWriter(file: file)
        try writer.start("Relationships", ["xmlns": Namespace.packageRelationships])
        for relationship in relationships {
            try writeRelationship(relationship, writer)
        }
        try writer.end()
        try writer.finish()
    }

    func writeRelationship(_ relationship: Relationship, _ writer: XMLWriter) throws {
        try writer.element("Relationship", ["Id": relationship.id, "Type": relationship.type, "Target": relationship.target])
    }
}
