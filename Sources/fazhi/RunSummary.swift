import Foundation
import PipelineCore

/// The one line a run ends with: documents, how many were worked on or
/// carried forward, stages skipped, problems, seconds.
struct RunSummary: CustomStringConvertible {
    let reports: [StageReport]
    let seconds: Double

    var description: String {
        let documents = reports.first.map { $0.processed + $0.reused } ?? 0
        let perDocument = reports.filter { $0.stage <= .extract && ($0.processed + $0.reused) > 0 }
        let processed = perDocument.map(\.processed).max() ?? 0
        let skipped = reports.filter(\.skipped).map(\.stage.rawValue)
        let problems = reports.last?.problems.count ?? 0
        var parts = ["\(documents) documents", "\(processed) processed", "\(documents - processed) unchanged"]
        if !skipped.isEmpty { parts.append("skipped: \(skipped.joined(separator: ", "))") }
        parts.append("\(problems) problems")
        parts.append(String(format: "%.2f s", seconds))
        return "fazhi: " + parts.joined(separator: ", ")
    }
}
