/// Column widths that fit their text, counted the way spreadsheets draw it:
/// a CJK (or other wide) character takes two digit widths, others one.
struct ColumnWidths {
    static let minimum = 6.0
    static let maximum = 60.0
    private(set) var widths: [Double]

    init(header: [String]) {
        widths = header.map { Self.clamped(Double(Self.displayWidth($0)) + 2) }
    }

    mutating func fit(_ row: [XLSXCell]) {
        for (index, cell) in row.enumerated() where index < widths.count {
            let width: Int
            switch cell {
            case let .text(text): width = Self.displayWidth(text)
            case let .number(value): width = min(String(value).count, 16)
            case .percent: width = 8
            case .empty: width = 0
            }
            widths[index] = max(widths[index], Self.clamped(Double(width) + 2))
        }
    }

    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// East Asian wide and full-width ranges.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    private static func clamped(_ width: Double) -> Double {
        Swift.min(Swift.max(width, minimum), maximum)
    }
}
