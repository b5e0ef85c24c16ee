import Foundation

/// Writes a file so that readers only ever see the old complete version or
/// the new complete version: the bytes go to a temp file in the same folder,
/// which is then renamed over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { temp in try data.write(to: temp) }
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
