/// The few character classes normalization and extraction ask about.
public enum CharacterClass {
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3007, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }

    /// Chinese (full-width) punctuation, which never takes spaces around it.
    public static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001...0x303F, 0x2014...0x2026, 0xFF01...0xFF65: return true
        default: return false
        }
    }

    /// Ends a sentence (or a clause that may end a line).
    public static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "；", "：", "!", "?", ";", ":", "…", "”", "」", "』", ")", "）", "】": return true
        default: return false
        }
    }
}
