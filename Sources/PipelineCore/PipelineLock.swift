import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// One run per pipeline output at a time: `out/<pipeline>/.lock`, held with
/// flock(2), which the kernel releases when the holder dies (even by
/// SIGKILL). The file names the holder (pid, start time); content left by a
/// holder that died is reported and taken over.
public final class PipelineLock {
    private let descriptor: Int32
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// - Parameter wait: block until the other run finishes instead of failing.
    public static func acquire(in folder: URL, wait: Bool = false, logger: Logger) throws -> PipelineLock {
        let path = folder.appendingPathComponent(".lock").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.cannotWrite(path: folder.path, reason: error.localizedDescription)
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PipelineError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        if flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            let holder = contents(descriptor)
            close(descriptor)
            throw PipelineError.locked(path: path, holder: holder.isEmpty ? "unknown process" : holder)
        }
        let stale = contents(descriptor)
        if !stale.isEmpty {
            logger.warning("taking over the lock \(path) left by a run that did not finish (\(stale))")
        }
        let lock = PipelineLock(descriptor: descriptor, path: path)
        let started = ISO8601DateFormatter().string(from: Date())
        lock.write("pid \(getpid()), started \(started)")
        return lock
    }

    /// Empties the file (so the next run sees a clean release) and unlocks.
    public func release() {
        _ = ftruncate(descriptor, 0)
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private func write(_ text: String) {
        _ = ftruncate(descriptor, 0)
        let bytes = Array((text + "\n").utf8)
        _ = pwrite(descriptor, bytes, bytes.count, 0)
        _ = fsync(descriptor)
    }

    private static func contents(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return "" }
        return String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
