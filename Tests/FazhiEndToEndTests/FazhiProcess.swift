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
    static func run(_ arguments: [String], asUser user: Int? = nil, path: String? = nil) throws -> Result {
        let process = start(arguments, asUser: user)
        if let path {
            // Another PATH, to run as on a machine without some outside tool.
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = path
            process.environment = environment
        }
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

    /// A configured, not yet started fazhi process (optionally as another
    /// user through setpriv, to meet file permissions as a non-root user would).
    static func start(_ arguments: [String], asUser user: Int? = nil) -> Process {
        let process = Process()
        if let user {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = projectRoot
        return process
    }

    /// `fazhi <command> --input input --out out --quiet`.
    @discardableResult
    static func stage(_ command: String, input: URL, out: URL, _ extra: [String] = [], asUser user: Int? = nil,
                      path: String? = nil) throws -> Result {
        try run([command, "--input", input.path, "--out", out.path, "--quiet"] + extra, asUser: user, path: path)
    }

    /// A folder of `count` reports made from the sample reports, each with its
    /// own township name, so a run takes long enough to be interrupted.
    static func manyReports(_ count: Int) throws -> URL {
        let folder = try temporaryFolder("many")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: sampleReports.path).filter { $0.hasSuffix(".txt") }.sorted()
        let names = Array("安宝北昌东丰富港河华吉江金锦丽龙梅南平青泉山".unicodeScalars).map(String.init)
        let towns = ["大新镇", "合作镇", "錦豐鎮", "锦丰镇", "木渎镇", "太公镇"]
        for index in 0..<count {
            var text = try String(contentsOf: sampleReports.appendingPathComponent(seeds[index % seeds.count]), encoding: .utf8)
            let town = names[index % names.count] + names[(index / names.count) % names.count]
            for old in towns { text = text.replacingOccurrences(of: old, with: town + "镇") }
            try text.write(to: folder.appendingPathComponent(String(format: "r%05d.txt", index)), atomically: false, encoding: .utf8)
        }
        return folder
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
    /// `textBlob` reference resolved from blobs.bin (relative to the record's
    /// blob base in records.index) into `text`.
    static func artifact(_ out: URL, stage: String) throws -> [String: [String: Any]] {
        let folder = out.appendingPathComponent("rule-of-law/stages/\(stage)")
        let blobs = try Data(contentsOf: folder.appendingPathComponent("blobs.bin"))
        let bases = try String(contentsOf: folder.appendingPathComponent("records.index"), encoding: .utf8)
            .split(separator: "\n").map { Int($0.split(separator: "\t", omittingEmptySubsequences: false)[2])! }
        func resolved(_ object: [String: Any], base: Int) -> [String: Any] {
            var copy = object
            for (key, value) in object {
                if key == "textBlob", let ref = value as? [String: Int], let offset = ref["o"], let length = ref["l"] {
                    copy["text"] = String(decoding: blobs[(base + offset)..<(base + offset + length)], as: UTF8.self)
                } else if let nested = value as? [String: Any] {
                    copy[key] = resolved(nested, base: base)
                }
            }
            return copy
        }
        var records: [String: [String: Any]] = [:]
        let lines = try String(contentsOf: folder.appendingPathComponent("records.jsonl"), encoding: .utf8).split(separator: "\n")
        for (line, base) in zip(lines, bases) {
            let object = resolved(try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any], base: base)
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
