import PipelineCore

/// Document numbers: issuer abbreviation, year in brackets, serial, 号 —
/// 大政发〔2021〕1号, 木政发[2024]3号, X委文(2023)12号, 【2022】.
enum DocumentNumber {
    private static let opening = ScalarBitmap(["〔", "[", "(", "【", "［", "〖"])
    private static let closing = ScalarBitmap(["〕", "]", ")", "】", "］", "〗"])

    static func find(in line: String) -> String? {
        find(in: ArraySlice(Array(line.unicodeScalars)))
    }

    static func find(in scalars: ArraySlice<Unicode.Scalar>) -> String? {
        for index in scalars.indices where opening.contains(scalars[index]) {
            var cursor = index + 1
            var yearDigits = 0
            while cursor < scalars.endIndex, CharacterClass.isDigit(scalars[cursor]) { yearDigits += 1; cursor += 1 }
            guard yearDigits == 4, cursor < scalars.endIndex, closing.contains(scalars[cursor]) else { continue }
            cursor += 1
            var serialDigits = 0
            while cursor < scalars.endIndex, CharacterClass.isDigit(scalars[cursor]) { serialDigits += 1; cursor += 1 }
            guard (1...4).contains(serialDigits), cursor < scalars.endIndex, scalars[cursor] == "号" else { continue }
            var start = index
            while start > scalars.startIndex, index - start < 10, CharacterClass.isHan(scalars[start - 1]) { start -= 1 }
            guard start < index else { continue }
            return String(scalars: scalars[start...cursor])
        }
        return nil
    }
}
