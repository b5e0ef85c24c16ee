import Foundation

/// Writes a file so that readers only ever see the old complete version or
/// the new complete version: the bytes go to a temp file in the same folder,
/// which is then renamed over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { output in try output(data) }
    }

    /// As `write(_:to:)`, with the bytes handed over piece by piece by `body`
    /// (`output` appends one piece), so a large file need not sit in memory whole.
    public static func write(to url: URL, _ body: (_ output: (Data) throws -> Void) throws -> Void) throws {
        try write(to: url, by: { temp in
            guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
                throw PipelineError.cannotWrite(path: temp.path, reason: "cannot create the file")
            }
            let handle = try FileHandle(forWritingTo: temp)
            defer { try? handle.close() }
            try body { piece in try handle.write(contentsOf: piece) }
        })
    }

    /// `produce` writes the whole file at the temp path it is given (a
    /// workbook zipped part by part); the result then replaces `url`.
    public static func write(to url: URL, by produce: (URL) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try? FileManager.default.removeItem(at: temp)
            try produce(temp)
            if rename(temp.path, url.path) != 0 {
                throw PipelineError.cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as PipelineError {
            try? FileManager.default.removeItem(at: temp)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw PipelineError.cannotWrite(path: url.path, reason: "\(error)")
        }
    }
}
