/// Membership of Basic Multilingual Plane scalars as a bit per code point:
/// one shift and mask per test, where a Set would hash every character of
/// every report.
public struct ScalarBitmap: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars where scalar.value < 0x10000 {
            bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
        }
    }

    @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 && bits[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
    }
}
