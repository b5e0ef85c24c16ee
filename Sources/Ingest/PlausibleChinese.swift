/// Whether decoded text reads as Chinese prose rather than mojibake from a
/// wrong single-byte or Japanese guess.
enum PlausibleChinese {
    static func check(_ text: String) -> Bool {
        var plausible = 0
        var total = 0
        var han = 0
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF:
                han += 1
                plausible += 1
            case 0x09, 0x0A, 0x0D, 0x20...0x7E,  // ASCII text
                 0x3000...0x303F, 0xFF00...0xFFEF,  // CJK and full-width punctuation
                 0x2000...0x206F, 0x00B7, 0x2160...0x216F, 0x2460...0x24FF, 0x25A0...0x25FF:
                plausible += 1
            default:
                break
            }
        }
        return total > 0 && han > 0 && plausible * 100 >= total * 97
    }
}
