/// How numbers are written in outputs: whole numbers without a decimal
/// point, others in their shortest exact form (93.26, 97.7).
public enum NumberText {
    public static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Rounded to `places` decimals, then formatted.
    public static func format(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return format((value * scale).rounded() / scale)
    }
}

extension CSVTable.Cell {
    public init(_ number: Double?) {
        self = number.map { .number(NumberText.format($0)) } ?? .empty
    }
}
