import Foundation

/// Several files read as one stream by position: a sheet's head, row
/// slices and tail, zipped as one part.
final class ConcatenatedFiles {
    private let handles: [FileHandle]
    /// Where each file starts in the stream.
    private let starts: [Int64]
    let size: Int64

    init(_ files: [URL]) throws {
        handles = try files.map { try FileHandle(forReadingFrom: $0) }
        var starts: [Int64] = []
        var total: Int64 = 0
        for handle in handles {
            starts.append(total)
            total += Int64(try handle.seekToEnd())
        }
        self.starts = starts
        size = total
    }

    deinit {
        for handle in handles { try? handle.close() }
    }

    /// Up to `count` bytes from `position`, crossing file boundaries.
    func read(at position: Int64, count: Int) throws -> Data {
        var data = Data()
        var position = position
        while data.count < count, position < size {
            let index = (starts.lastIndex { $0 <= position })!
            let handle = handles[index]
            try handle.seek(toOffset: UInt64(position - starts[index]))
            guard let chunk = try handle.read(upToCount: count - data.count), !chunk.isEmpty else { break }
            data.append(chunk)
            position += Int64(chunk.count)
        }
        return data
    }
}
