import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One candidate input file found under the input root.
struct ReportFile: Sendable {
    /// Path relative to the input root, with extension.
    let relativePath: String
    let url: URL
    /// Size and modification time (nanoseconds), or nil when stat fails
    /// (a broken link): what tells a changed file without reading it.
    var stamp: String = ""
    /// The extension, lowercased.
    let fileExtension: String
    /// Relative path without extension: the document's id.
    let documentID: String

    /// (The extension is read once here: Foundation's URL accessors cost
    /// microseconds, and a run plans every file of the folder.)
    init(relativePath: String, url: URL, stamp: String) {
        self.relativePath = relativePath
        self.url = url
        self.stamp = stamp
        let ext = url.pathExtension
        fileExtension = ext.lowercased()
        documentID = ext.isEmpty ? relativePath : String(relativePath.dropLast(ext.count + 1))
    }

    /// Size in bytes, from the stamp.
    var size: Int? { stamp.split(separator: ":").first.flatMap { Int($0) } }

    /// The optional metadata file at the input root, not a report.
    static let manifestName = "manifest.csv"

    static func stamp(_ info: stat) -> String {
        "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ino)"
    }

    /// Every non-hidden regular file below `root` (symlinks included, so a
    /// broken one is reported), sorted by relative path for stable output.
    static func all(under root: URL) throws -> [ReportFile] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw IngestError.unreadable(reason: "input folder \(root.path) does not exist")
        }
        // Walked from the standardized root, every path found shares its prefix.
        let standardRoot = root.standardizedFileURL
        let rootPath = standardRoot.path
        guard let walker = FileManager.default.enumerator(
            at: standardRoot, includingPropertiesForKeys: [], options: [.skipsHiddenFiles]) else { return [] }
        var files: [ReportFile] = []
        for case let url as URL in walker {
            let path = url.path
            var info = stat()
            let readable = stat(path, &info) == 0
            if readable && (info.st_mode & S_IFMT) == S_IFDIR { continue }
            var relative = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.lastPathComponent
            while relative.hasPrefix("/") { relative.removeFirst() }
            if relative == manifestName { continue }
            files.append(ReportFile(relativePath: relative, url: url, stamp: readable ? stamp(info) : "unreadable"))
        }
        return files.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    }
}
