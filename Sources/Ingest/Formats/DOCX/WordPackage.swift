import Foundation
import ZIPFoundation

/// The zip container of a .docx, opened with limits: a part that would
/// unpack to an absurd size, or compresses absurdly well, is refused before
/// and while it is inflated (declared sizes can lie).
struct WordPackage {
    static let documentPart = "word/document.xml"
    /// Real document parts are at most a few megabytes.
    static let maximumPartBytes = 64 * 1_048_576
    /// XML compresses about 10:1; a zip bomb compresses hundreds to thousands to one.
    static let maximumRatio = 200
    /// Small parts are never refused for their ratio.
    static let ratioFloorBytes = 1_048_576

    private let archive: Archive

    init(_ data: Data) throws {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw IngestError.damagedPackage(reason: "not a zip archive")
        }
    }

    /// The bytes of one part, inflated within the limits.
    func part(_ path: String) throws -> Data {
        guard let data = try optionalPart(path) else {
            throw IngestError.damagedPackage(reason: "it has no \(path) part (not a Word document?)")
        }
        return data
    }

    /// As `part`, nil when the package has no such part.
    func optionalPart(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        try check(path, bytes: Int(clamping: entry.uncompressedSize), compressed: compressed)
        var contents = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                contents.append(chunk)
                try check(path, bytes: contents.count, compressed: compressed)
            }
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError.damagedPackage(reason: "\(path) cannot be unpacked (\(error))")
        }
        return contents
    }

    private func check(_ path: String, bytes: Int, compressed: Int) throws {
        if bytes > Self.maximumPartBytes {
            throw IngestError.hostilePackage(
                reason: "\(path) unpacks to over \(Self.maximumPartBytes / 1_048_576) MB (a zip bomb?)")
        }
        if bytes > Self.ratioFloorBytes, bytes / compressed > Self.maximumRatio {
            throw IngestError.hostilePackage(
                reason: "\(path) unpacks \(bytes / compressed) times larger than it is stored (a zip bomb?)")
        }
    }
}
