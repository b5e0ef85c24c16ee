import CSV
import Foundation

/// Runs the built `fazhi` executable the way a user or cron job does.
struct FazhiProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The project root (where Package.swift is).
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let sampleReports = projectRoot.appendingPathComponent("data/reports")
    static let fixtures = projectRoot.appendingPathComponent("Tests/Fixtures")

    /// `fazhi` is built beside the test bundle.
    static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fazhi")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return projectRoot.appendingPathComponent(".build/debug/fazhi")
    }()

    @discardableResult
    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = projectRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `fazhi <command> --input input --out out --quiet`.
    @discardableResult
    static func stage(_ command: String, input: URL, out: URL, _ extra: [String] = []) throws -> Result {
        try run([command, "--input", input.path, "--out", out.path, "--quiet"] + extra)
    }

    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-e2e-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Rows of a CSV file as dictionaries keyed by the header (BOM dropped).
    static func csvRows(_ url: URL) throws -> [[String: String]] {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        let header = reader.headerRow ?? []
        var rows: [[String: String]] = []
        while let row = reader.next() {
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, row)))
        }
        return rows
    }

    static func header(_ url: URL) throws -> String {
        let text = try String(contentsOf: url, encoding: .utf8)
        return String(text.split(separator: "\n", maxSplits: 1)[0]).replacingOccurrences(of: "\u{FEFF}", with: "")
    }

    /// JSON objects of a stage artifact, keyed by document id, with every
    /// `textBlob` reference resolved from blobs.bin into `text`.
    static func artifact(_ out: URL, stage: String) throws -> [String: [String: Any]] {
        let folder = out.appendingPathComponent("rule-of-law/stages/\(stage)")
        let blobs = try Data(contentsOf: folder.appendingPathComponent("blobs.bin"))
        func resolved(_ object: [String: Any]) -> [String: Any] {
            var copy = object
            for (key, value) in object {
                if key == "textBlob", let ref = value as? [String: Int], let offset = ref["o"], let length = ref["l"] {
                    copy["text"] = String(decoding: blobs[offset..<(offset + length)], as: UTF8.self)
                } else if let nested = value as? [String: Any] {
                    copy[key] = resolved(nested)
                }
            }
            return copy
        }
        var records: [String: [String: Any]] = [:]
        for line in try String(contentsOf: folder.appendingPathComponent("records.jsonl"), encoding: .utf8).split(separator: "\n") {
            let object = resolved(try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])
            let source = (object["source"] as? [String: Any]) ?? object
            records[source["document"] as! String] = object
        }
        return records
    }

    /// Re-encodes a UTF-8 file with glibc's iconv program.
    static func reencode(_ source: URL, to encoding: String, byteOrderMark: [UInt8] = [], into target: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", encoding, source.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteInapplicableStringEncoding) }
        try (Data(byteOrderMark) + data).write(to: target)
    }
}
