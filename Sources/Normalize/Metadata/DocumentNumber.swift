/// Document numbers: issuer abbreviation, year in brackets, serial, 号 —
/// 大政发〔2021〕1号, 木政发[2024]3号, X委文(2023)12号, 【2022】.
enum DocumentNumber {
    private static let opening: Set<Unicode.Scalar> = ["〔", "[", "(", "【", "［", "〖"]
    private static let closing: Set<Unicode.Scalar> = ["〕", "]", ")", "】", "］", "〗"]

    static func find(in line: String) -> String? {
        let scalars = Array(line.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where opening.contains(scalar) {
            var cursor = index + 1
            var yearDigits = 0
            while cursor < scalars.count, CharacterClass.isDigit(scalars[cursor]) { yearDigits += 1; cursor += 1 }
            guard yearDigits == 4, cursor < scalars.count, closing.contains(scalars[cursor]) else { continue }
            cursor += 1
            var serialDigits = 0
            while cursor < scalars.count, CharacterClass.isDigit(scalars[cursor]) { serialDigits += 1; cursor += 1 }
            guard (1...4).contains(serialDigits), cursor < scalars.count, scalars[cursor] == "号" else { continue }
            var start = index
            while start > 0, index - start < 10, CharacterClass.isHan(scalars[start - 1]) { start -= 1 }
            guard start < index else { continue }
            return String(String.UnicodeScalarView(scalars[start...cursor]))
        }
        return nil
    }
}
