/// A middle dot between digits is a decimal point typed with the wrong key
/// (99·5%); one scalar for one, so offsets are unchanged.
enum DecimalPoints {
    static func fold(_ text: inout MappedText) {
        let scalars = text.scalars
        guard scalars.count > 2 else { return }
        var index = 1
        text.mapScalars { scalar in
            defer { index += 1 }
            let position = index - 1
            guard scalar == "·" || scalar == "•" || scalar == "‧",
                  position > 0, position + 1 < scalars.count,
                  CharacterClass.isDigit(scalars[position - 1]), CharacterClass.isDigit(scalars[position + 1]) else { return scalar }
            return "."
        }
    }
}
