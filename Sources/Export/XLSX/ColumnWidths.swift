import PipelineCore

/// Column widths that fit their text, counted the way spreadsheets draw it:
/// a CJK (or other wide) character takes two digit widths, others one.
struct ColumnWidths {
    static let minimum = 6.0
    static let maximum = 60.0
    private(set) var widths: [Double]

    init(header: [String]) {
        widths = header.map { Self.clamped(Double(DisplayWidth.of($0)) + 2) }
    }

    mutating func fit(_ row: [XLSXCell]) {
        for (index, cell) in row.enumerated() where index < widths.count {
            let width: Int
            switch cell {
            case let .text(text): width = DisplayWidth.of(text)
            case let .number(value): width = min(String(value).count, 16)
            case .percent: width = 8
            case .empty: width = 0
            }
            widths[index] = max(widths[index], Self.clamped(Double(width) + 2))
        }
    }

    private static func clamped(_ width: Double) -> Double {
        Swift.min(Swift.max(width, minimum), maximum)
    }
}
