/// NFKC-style width folding: full-width ASCII (digits, letters, punctuation,
/// ％) to ASCII, ideographic and no-break spaces to a space. One scalar in,
/// one out, so offsets are unchanged.
enum WidthFolder {
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000, 0x00A0, 0x2002...0x200A, 0x202F: return " "
        case 0xFEFF, 0x200B: return " "  // stray BOM / zero-width space; spacing removes it
        case 0x2028, 0x2029, 0x000B, 0x000C, 0x0085: return "\n"
        case 0x000D: return "\n"
        default: return scalar
        }
    }

    static func fold(_ text: inout MappedText) {
        text.mapScalars(fold)
    }
}
