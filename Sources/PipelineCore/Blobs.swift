import Foundation

/// Where a large value (a report's text, an offset map) sits in a stage's
/// append-only `blobs.bin`. Records stay small JSON; texts are raw bytes.
public struct BlobRef: Codable, Equatable, Sendable {
    public var offset: Int
    public var length: Int

    enum CodingKeys: String, CodingKey {
        case offset = "o", length = "l"
    }
}

extension BlobRef: JSONWritable {
    public func write(to json: inout JSONText) {
        json.object { json in
            json.key("l"); json.int(length)
            json.key("o"); json.int(offset)
        }
    }
}

/// Appends new blobs for one stage run to blobs.bin, from `base` on
/// (dropping whatever a killed run left after it), a few megabytes at a time.
/// `finish` syncs them before any record points at them.
public final class BlobWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = Data()
    private var written: Int
    private let handle: FileHandle
    private let path: String
    static let flushBytes = 8 * 1_048_576

    init(url: URL, base: Int) throws {
        path = url.path
        if !FileManager.default.fileExists(atPath: url.path),
           !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw PipelineError.cannotWrite(path: url.path, reason: "cannot create the file")
        }
        do {
            handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(base))
            try handle.seek(toOffset: UInt64(base))
        } catch {
            throw PipelineError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        written = base
    }

    deinit {
        try? handle.close()
    }

    /// Appends one record's blobs; returns where they start in the file.
    func append(_ bytes: Data) throws -> Int {
        lock.lock()
        defer { lock.unlock() }
        let base = written + buffer.count
        buffer.append(bytes)
        if buffer.count >= Self.flushBytes { try drain() }
        return base
    }

    /// The file's size once everything appended is written.
    var size: Int {
        lock.lock()
        defer { lock.unlock() }
        return written + buffer.count
    }

    func finish() throws {
        lock.lock()
        defer { lock.unlock() }
        try drain()
        do { try handle.synchronize() } catch {
            throw PipelineError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    private func drain() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw PipelineError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Reads blobs of a stage's `blobs.bin` with `pread`. A record's blob
/// references are relative to that record's base (stored in the index), so
/// records can be encoded independently, on any thread. Not memory-mapped:
/// every page of a mapped 200 MB blobs.bin a stage touches counts towards
/// its resident memory until the stage ends.
public final class BlobReader: @unchecked Sendable {
    /// The open file, shared by the readers of every record's base; `pread`
    /// keeps no file position, so threads can share the descriptor.
    private final class File: @unchecked Sendable {
        let descriptor: Int32
        let size: Int
        let path: String

        init(url: URL) throws {
            path = url.path
            guard FileManager.default.fileExists(atPath: url.path) else {
                descriptor = -1
                size = 0
                return
            }
            descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
            var status = stat()
            guard descriptor >= 0, fstat(descriptor, &status) == 0 else {
                let reason = String(cString: strerror(errno))
                if descriptor >= 0 { close(descriptor) }
                throw PipelineError.cannotRead(path: url.path, reason: reason)
            }
            size = Int(status.st_size)
        }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }

        func read(from start: Int, count: Int) throws -> Data {
            var data = Data(count: count)
            let failure: Int32? = data.withUnsafeMutableBytes { buffer in
                var done = 0
                while done < count {
                    let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(start + done))
                    if got > 0 { done += got } else if got < 0 && errno == EINTR { continue } else { return got == 0 ? EIO : errno }
                }
                return nil
            }
            if let failure { throw PipelineError.cannotRead(path: path, reason: String(cString: strerror(failure))) }
            return data
        }
    }

    private let file: File
    private let base: Int

    private init(file: File, base: Int) {
        self.file = file
        self.base = base
    }

    /// The same file, for a record whose blobs start at `base`.
    func at(base: Int) -> BlobReader {
        BlobReader(file: file, base: base)
    }

    convenience init(url: URL) throws {
        self.init(file: try File(url: url), base: 0)
    }

    public func bytes(_ ref: BlobRef) throws -> Data {
        let start = base + ref.offset
        guard ref.offset >= 0, ref.length >= 0, start + ref.length <= file.size else {
            throw PipelineError.corruptArtifact(path: file.path, line: 0, reason: "blob \(start)+\(ref.length) is past the end (\(file.size) bytes)")
        }
        return ref.length == 0 ? Data() : try file.read(from: start, count: ref.length)
    }

    public func string(_ ref: BlobRef) throws -> String {
        String(decoding: try bytes(ref), as: UTF8.self)
    }
}

/// Collects one record's blobs while it is encoded; references are relative to its start.
final class BlobCollector: @unchecked Sendable {
    private(set) var bytes = Data()

    func append(_ more: Data) -> BlobRef {
        let ref = BlobRef(offset: bytes.count, length: more.count)
        bytes.append(more)
        return ref
    }
}

extension CodingUserInfoKey {
    static let blobCollector = CodingUserInfoKey(rawValue: "fazhi.blobCollector")!
    static let blobReader = CodingUserInfoKey(rawValue: "fazhi.blobReader")!
}

/// Used by records' Codable conformances to keep large values out of JSON.
public enum BlobCoding {
    public static func store(_ text: String, in encoder: Encoder) throws -> BlobRef {
        try writer(encoder).append(Data(text.utf8))
    }

    public static func store(_ integers: [Int32], in encoder: Encoder) throws -> BlobRef {
        let bytes = integers.withUnsafeBufferPointer { buffer in
            Data(buffer: UnsafeBufferPointer(start: buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) },
                                             count: buffer.count * 4))
        }
        return try writer(encoder).append(bytes)
    }

    public static func text(_ ref: BlobRef, from decoder: Decoder) throws -> String {
        try reader(decoder).string(ref)
    }

    public static func integers(_ ref: BlobRef, from decoder: Decoder) throws -> [Int32] {
        let bytes = try reader(decoder).bytes(ref)
        return bytes.withUnsafeBytes { raw in Array(raw.bindMemory(to: Int32.self)) }
    }

    private static func writer(_ encoder: Encoder) throws -> BlobCollector {
        guard let writer = encoder.userInfo[.blobCollector] as? BlobCollector else {
            throw EncodingError.invalidValue("blob", .init(codingPath: encoder.codingPath, debugDescription: "no blob store to write large values to"))
        }
        return writer
    }

    private static func reader(_ decoder: Decoder) throws -> BlobReader {
        guard let reader = decoder.userInfo[.blobReader] as? BlobReader else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no blob store to read large values from"))
        }
        return reader
    }
}
