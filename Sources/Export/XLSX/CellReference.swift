import Foundation

/// A1-style cell names: column 0 is A, 26 is AA; rows count from 1 in the name.
enum CellReference {
    static func column(_ index: Int) -> String {
        var index = index
        var letters: [Character] = []
        repeat {
            letters.append(Character(Unicode.Scalar(UInt8(65 + index % 26))))
            index = index / 26 - 1
        } while index >= 0
        return String(letters.reversed())
    }

    /// `row` and `column` from 0.
    static func cell(row: Int, column: Int) -> String {
        self.column(column) + String(row + 1)
    }

    static func range(fromRow: Int, fromColumn: Int, toRow: Int, toColumn: Int) -> String {
        cell(row: fromRow, column: fromColumn) + ":" + cell(row: toRow, column: toColumn)
    }

    /// `'Sheet name'!$A$1:$B$2` for chart formulas and defined names.
    static func absolute(_ range: String, sheet: String) -> String {
        let parts = range.split(separator: ":").map { part -> String in
            let letters = part.prefix { $0.isLetter }
            return "$" + letters + "$" + part.dropFirst(letters.count)
        }
        return "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'!" + parts.joined(separator: ":")
    }
}
