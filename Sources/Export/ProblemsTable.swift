import PipelineCore

/// problems.csv: every problem of the run, in stage then document order.
enum ProblemsTable {
    static let header = ["document", "severity", "stage", "message"]

    static func make(_ problems: [Problem]) -> CSVTable {
        let ordered = problems.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element, rhs.element)
            if left.stage != right.stage { return left.stage < right.stage }
            if left.document != right.document { return left.document.utf8.lexicographicallyPrecedes(right.document.utf8) }
            return lhs.offset < rhs.offset
        }.map(\.element)
        return CSVTable(header: header, rows: ordered.map { problem in
            [.init(problem.document), .text(problem.severity.rawValue), .text(problem.stage.rawValue), .init(problem.message)]
        })
    }
}
