import Foundation
import Logging
import Testing
@testable import PipelineCore

@Suite struct PipelineLockTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-lock-\(UUID().uuidString)")
    }

    @Test func aSecondHolderIsRefusedWithTheFirstOnesName() throws {
        let out = folder()
        let first = try PipelineLock.acquire(in: out, logger: Logger(label: "t"))
        let error = #expect(throws: PipelineError.self) { try PipelineLock.acquire(in: out, logger: Logger(label: "t")) }
        #expect(error?.description.contains("pid \(getpid())") == true)
        first.release()
        let again = try PipelineLock.acquire(in: out, logger: Logger(label: "t"))
        again.release()
    }

    @Test func contentLeftByADeadHolderIsTakenOver() throws {
        let out = folder()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "pid 999999, started 2026-01-01T00:00:00Z\n".write(to: out.appendingPathComponent(".lock"), atomically: true, encoding: .utf8)
        let lock = try PipelineLock.acquire(in: out, logger: Logger(label: "t"))
        #expect(try String(contentsOf: out.appendingPathComponent(".lock"), encoding: .utf8).hasPrefix("pid \(getpid()),"))
        lock.release()
        #expect(try String(contentsOf: out.appendingPathComponent(".lock"), encoding: .utf8).isEmpty)
    }
}
