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
/// The slots are one allocation made up front: writing through a Swift
/// array from several threads would let copy-on-write copy it under them
/// (writes lost, seen as a rare crash on a nil slot).
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) {
        slots[index] = value
    }

    var values: [Value?] { Array(slots) }
}
