import Dispatch

/// Maps `items` on up to `jobs` threads, keeping the input order.
/// `makeWorker` runs once per thread, so non-thread-safe state (a C handle)
/// can be owned by one thread; its result is handed to every call on that thread.
public func parallelMap<Item: Sendable, Worker, Result>(
    _ items: [Item], jobs: Int,
    makeWorker: @Sendable () throws -> Worker,
    transform: @Sendable (inout Worker, Item) -> Result
) throws -> [Result] {
    let threads = max(1, min(jobs, items.count))
    let slots = ResultSlots<Result>(count: items.count)
    let failures = ResultSlots<Error>(count: threads)
    DispatchQueue.concurrentPerform(iterations: threads) { thread in
        do {
            var worker = try makeWorker()
            var index = thread
            while index < items.count {
                slots.set(index, transform(&worker, items[index]))
                index += threads
            }
        } catch {
            failures.set(thread, error)
        }
    }
    if let failure = failures.values.compactMap({ $0 }).first { throw failure }
    return slots.values.map { $0! }
}

/// Fixed-size result storage; each index is written by exactly one thread.
private final class ResultSlots<Value>: @unchecked Sendable {
    private(set) var values: [Value?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Value) {
        values.withUnsafeMutableBufferPointer { $0[index] = value }
    }
}
