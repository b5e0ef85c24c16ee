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
    /// measure words, the first total mention, else the first plain one), as
    /// "id value qualifier", sorted.
    static func values(_ body: String) throws -> [String] {
        let counted = try extract(report(body)).mentions.filter(\.scope.counts)
        return Set(counted.map(\.indicator)).map { id in
            let preferred = catalogue.indicator(id)?.preferredMeasureWords ?? []
            let all = counted.filter { $0.indicator == id }
            let favoured = all.filter { preferred.contains($0.unit) }
            let candidates = favoured.isEmpty ? all : favoured
            let pick = candidates.first { $0.scope == .total } ?? candidates[0]
            return "\(id) \(NumberText.format(pick.value)) \(pick.qualifier.rawValue)"
        }.sorted()
    }
}
