import CUchardet
import Foundation

/// Owns one uchardet handle. Not thread-safe: one detector per worker.
final class CharsetDetector {
    private let handle: uchardet_t

    init() throws {
        guard let handle = uchardet_new() else { throw IngestError.libraryUnavailable("uchardet_new failed") }
        self.handle = handle
    }

    deinit {
        uchardet_delete(handle)
    }

    /// uchardet's guess (an iconv-compatible name such as "GB18030", "BIG5",
    /// "UTF-8"), or nil when it has none.
    func guess(_ data: Data) -> String? {
        uchardet_reset(handle)
        let status = data.withUnsafeBytes { raw -> Int32 in
            guard let base = raw.baseAddress else { return 0 }
            return uchardet_handle_data(handle, base.assumingMemoryBound(to: CChar.self), raw.count)
        }
        guard status == 0 else { return nil }
        uchardet_data_end(handle)
        guard let name = uchardet_get_charset(handle) else { return nil }
        let charset = String(cString: name)
        return charset.isEmpty ? nil : charset
    }
}
