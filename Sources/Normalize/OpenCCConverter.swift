import COpenCC
import Foundation

/// Owns one OpenCC handle (phrase-level conversion, e.g. `t2s.json`).
/// OpenCC's error reporting is not thread-safe: one converter per worker.
final class OpenCCConverter {
    private let handle: opencc_t

    init(config: String = "t2s.json") throws {
        let handle = opencc_open(config)
        guard let handle, handle != opencc_t(bitPattern: -1) else {
            let reason = opencc_error().map { String(cString: $0) } ?? "unknown error"
            throw NormalizeError.openCCUnavailable(config: config, reason: reason)
        }
        self.handle = handle
    }

    deinit {
        opencc_close(handle)
    }

    /// The t2s configuration: darts dictionaries made by scripts/opencc-darts.sh
    /// in `.build/opencc` when present (found from the executable's folder
    /// upwards), else the system's t2s.json; `FAZHI_OPENCC_CONFIG` overrides.
    static let t2sConfig: String = {
        if let configured = ProcessInfo.processInfo.environment["FAZHI_OPENCC_CONFIG"], !configured.isEmpty {
            return configured
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("opencc/t2s.json")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            folder.deleteLastPathComponent()
        }
        return "t2s.json"
    }()

    func convert(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        var utf8 = Array(text.utf8)
        let count = utf8.count
        utf8.append(0)
        guard let converted = utf8.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                opencc_convert_utf8(handle, $0, count)
            }
        }) else { return text }
        defer { opencc_convert_utf8_free(converted) }
        return String(cString: converted)
    }
}
