import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program fazhi runs for formats it does not parse itself, found on PATH.
struct ExternalTool: Sendable, Equatable {
    let command: String
    /// The Debian package that provides it, named in the problem row when it is missing.
    let package: String

    static let pdftotext = ExternalTool(command: "pdftotext", package: "poppler-utils")
    static let soffice = ExternalTool(command: "soffice", package: "libreoffice-writer")

    /// The executable's full path, or nil when it is not installed.
    var path: String? {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/\(command)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs the tool and returns its standard output. A tool that runs longer
    /// than `timeout` seconds is killed: one odd file must not hang the nightly run.
    func run(_ arguments: [String], timeout: TimeInterval = 120) throws -> Data {
        guard let path else { throw IngestError.toolMissing(command: command, package: package) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var timedOut = false
        let watchdog = DispatchWorkItem {
            if process.isRunning {
                timedOut = true
                process.terminate()
            }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        // Drain stderr on another thread so neither pipe can fill up and stall the tool.
        nonisolated(unsafe) var errorText = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorText = errors.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message = String(decoding: errorText.prefix(300), as: UTF8.self)
                .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let status = process.terminationReason == .exit ? "exit status \(process.terminationStatus)"
                : timedOut ? "killed after \(Int(timeout)) s" : "crashed (signal \(process.terminationStatus))"
            throw IngestError.toolFailed(command: command, reason: message.isEmpty ? status : "\(status): \(message)")
        }
        return data
    }
}
