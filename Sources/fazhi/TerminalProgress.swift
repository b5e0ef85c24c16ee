import Foundation
import PipelineCore
#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on stderr, drawn only when stderr is a terminal (never in
/// cron mail or logs), redrawn at most every 100 ms.
final class TerminalProgress: ProgressObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var stage: StageName = .ingest
    private var total = 0
    private var done = 0
    private var lastDrawn = Date.distantPast

    static func forStandardError() -> TerminalProgress? {
        isatty(STDERR_FILENO) == 1 ? TerminalProgress() : nil
    }

    func begin(_ stage: StageName, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        (self.stage, self.total, done) = (stage, total, 0)
        draw(force: true)
    }

    func advance(_ stage: StageName) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        draw(force: done == total)
    }

    private func draw(force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "\r\(stage.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) [\(bar)] \(done)/\(total)" + (done == total ? "\n" : "")
        FileHandle.standardError.write(Data(line.utf8))
    }
}
