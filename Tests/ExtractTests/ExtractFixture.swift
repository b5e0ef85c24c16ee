import Foundation
import Logging
@testable import Normalize
import PipelineCore
@testable import Extract

/// Runs normalize and extract over report texts written in the tests, with
/// the project's own catalogue.
enum ExtractFixture {
    static let catalogueURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("pipelines/indicators/rule-of-law.yaml")

    static let catalogue: Catalogue = try! CatalogueLoader.load(from: catalogueURL)

    /// A minimal report around `body`: a title with year and township, and a measures heading.
    static func report(_ body: String) -> String {
        "青石镇2023年度法治政府建设工作报告\n一、主要举措和成效\n\(body)\n"
    }

    static func extract(_ text: String) throws -> ExtractedDocument {
        let source = IngestedDocument(document: "t", sourcePath: "t.txt", sha256: "", format: "txt", encoding: "UTF-8",
                                      text: text, declared: DocumentMetadata(), failure: nil)
        let normalized = try NormalizeChain().document(from: source)
        return ExtractStage.extract(normalized, with: DocumentExtractor(catalogue: CompiledCatalogue(catalogue)))
    }

    /// Per indicator, the value a township-year would take (among the preferred
    /// measure words, by `Mention.firstTotal`), as "id value qualifier", sorted.
    static func values(_ body: String) throws -> [String] {
        let mentions = try extract(report(body)).mentions
        let counted = mentions.indices.filter { mentions[$0].scope.counts }
        return Set(counted.map { mentions[$0].indicator }).map { id in
            let preferred = catalogue.indicator(id)?.preferredMeasureWords ?? []
            let all = counted.filter { mentions[$0].indicator == id }
            let favoured = all.filter { preferred.contains(mentions[$0].unit) }
            let pick = mentions[Mention.firstTotal(among: favoured.isEmpty ? all : favoured, of: mentions)!]
            return "\(id) \(NumberText.format(pick.value)) \(pick.qualifier.rawValue)"
        }.sorted()
    }
}
