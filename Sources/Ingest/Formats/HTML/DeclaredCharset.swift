import Foundation

/// The charset a page declares in its head (`<meta charset="gbk">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`),
/// as an iconv name. Only a hint: the bytes must still decode cleanly.
enum DeclaredCharset {
    static func find(in data: Data) -> String? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset") else { return nil }
        let rest = head[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : iconvName(String(name))
    }

    /// GB2312 and GBK pages often hold characters only GB18030's wider table
    /// has; decoding them all as GB18030 loses nothing.
    static func iconvName(_ declared: String) -> String {
        switch declared {
        case "gb2312", "gbk", "x-gbk", "gb18030", "cp936", "euc-cn": return "GB18030"
        case "big5", "big-5", "cp950": return "BIG5"
        case "utf8": return "UTF-8"
        default: return declared.uppercased()
        }
    }
}
