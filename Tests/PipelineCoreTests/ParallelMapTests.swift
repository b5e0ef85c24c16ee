import Testing
@testable import PipelineCore

@Suite struct ParallelMapTests {
    @Test(arguments: [1, 2, 4, 64])
    func keepsInputOrder(jobs: Int) throws {
        let items = Array(0..<1000)
        let doubled = try parallelMap(items, jobs: jobs, makeWorker: { 0 }) { calls, item in
            calls += 1
            return item * 2
        }
        #expect(doubled == items.map { $0 * 2 })
    }

    /// Many threads writing results at once must never lose one (an array
    /// written from several threads did, now and then, through copy-on-write).
    @Test func concurrentWritesAreNeverLost() throws {
        for round in 0..<40 {
            let items = Array(0..<5000)
            let results = try parallelMap(items, jobs: 8, makeWorker: { () }) { _, item in String(item + round) }
            #expect(results == items.map { String($0 + round) })
        }
    }

    @Test func aWorkerThatCannotStartFailsTheMap() {
        struct NoWorker: Error {}
        #expect(throws: NoWorker.self) {
            _ = try parallelMap([1, 2, 3], jobs: 2, makeWorker: { () throws -> Int in throw NoWorker() }) { _, item in item }
        }
    }

    @Test func hashesAreLowercaseHexSHA256() {
        #expect(ContentHash.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
