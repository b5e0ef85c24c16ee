import Foundation
import Testing

/// The sample reports saved as a portal page, a .docx and a .pdf read the
/// same as their .txt originals; hostile and empty files of these formats
/// are problem rows that leave the others alone.
@Suite(.serialized) struct FormatInputTests {
    static let formats = FazhiProcess.fixtures.appendingPathComponent("formats")
    static let metadataColumns = ["township", "county", "province", "report_year", "doc_number"]

    struct Outputs {
        let status: Int32
        let stderr: String
        /// documents.csv rows by file name without extension.
        let documents: [String: [String: String]]
        /// indicator id → (value, unit, qualifier), per file name.
        let values: [String: [String: [String]]]
        let problems: [[String: String]]
    }

    /// Runs fazhi over `files` copied into a fresh input folder.
    func run(_ files: [URL], path: String? = nil) throws -> Outputs {
        let input = try FazhiProcess.temporaryFolder("formats")
        for file in files {
            try FileManager.default.copyItem(at: file, to: input.appendingPathComponent(file.lastPathComponent))
        }
        let out = try FazhiProcess.temporaryFolder("formats-out")
        let result = try FazhiProcess.stage("run", input: input, out: out, path: path)
        let folder = out.appendingPathComponent("rule-of-law")
        var documents: [String: [String: String]] = [:]
        for row in try FazhiProcess.csvRows(folder.appendingPathComponent("documents.csv")) { documents[row["document"]!] = row }
        var values: [String: [String: [String]]] = [:]
        for row in try FazhiProcess.csvRows(folder.appendingPathComponent("indicator_values.csv")) {
            values[row["document"]!, default: [:]][row["indicator"]!] = [row["value"]!, row["unit"]!, row["qualifier"]!]
        }
        return Outputs(status: result.status, stderr: result.stderr, documents: documents, values: values,
                       problems: try FazhiProcess.csvRows(folder.appendingPathComponent("problems.csv")))
    }

    func files(_ folder: String) throws -> [URL] {
        let url = Self.formats.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().map { url.appendingPathComponent($0) }
    }

    func samples() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: FazhiProcess.sampleReports.path).filter { $0.hasSuffix(".txt") }
            .sorted().map { FazhiProcess.sampleReports.appendingPathComponent($0) }
    }

    @Test(arguments: ["html", "docx", "pdf"])
    func savedSampleReportsGiveTheTextsMetadataAndValues(format: String) throws {
        let original = try run(samples())
        let saved = try run(files(format))
        #expect(saved.status == 0, "stderr: \(saved.stderr)")
        #expect(saved.documents.count == 5)
        for (document, row) in saved.documents {
            let text = try #require(original.documents[document])
            #expect(row["format"] == format)
            for column in Self.metadataColumns {
                #expect(row[column] == text[column], "\(document) \(column)")
            }
            // A portal page may carry a publication date where the text has no signing date.
            if !(text["issued"] ?? "").isEmpty || format != "html" {
                #expect(row["issued"] == text["issued"], "\(document) issued")
            }
            #expect(saved.values[document] == original.values[document], "\(document) values")
        }
        #expect(saved.values.values.map(\.count).reduce(0, +) > 30)
    }

    @Test func portalPagesRecordTheirCharset() throws {
        let saved = try run(files("html"))
        #expect(saved.documents["000_051a4340593b0f50"]?["encoding"] == "UTF-8")
        #expect(saved.documents["003_e6bb42983a914dd9"]?["encoding"] == "GB18030")
    }

    @Test func hostileFilesAreProblemRowsAndTheOthersAreUnchanged() throws {
        let clean = try run(samples())
        let mixed = try run(samples() + files("hostile"))
        #expect(mixed.status == 3, "stderr: \(mixed.stderr)")
        let reasons = Dictionary(mixed.problems.map { ($0["document"]!, $0["stage"]! + ": " + $0["message"]!) },
                                 uniquingKeysWith: { $0 + " | " + $1 })
        #expect(reasons["zip-bomb"]?.contains("ingest: zip-bomb.docx: refused .docx package") == true, "\(reasons)")
        #expect(reasons["zip-bomb"]?.contains("zip bomb") == true)
        #expect(reasons["external-entity"]?.contains("DTD") == true)
        #expect(reasons["list-page"]?.contains("page holds no report text") == true)
        #expect(reasons["scanned"]?.contains("no text layer") == true)
        for name in ["zip-bomb", "external-entity", "list-page", "scanned"] {
            #expect(mixed.stderr.contains("problem: \(name) [ingest]"))
            #expect(mixed.documents[name]?["status"] == "failed", "\(name): \(mixed.documents[name] ?? [:])")
        }
        for (document, values) in clean.values {
            #expect(mixed.values[document] == values, "\(document)")
        }
    }

    @Test func formatsNeedingAnAbsentToolNameThePackageToInstall() throws {
        let outputs = try run([Self.formats.appendingPathComponent("pdf/000_051a4340593b0f50.pdf"),
                               Self.formats.appendingPathComponent("doc/000_051a4340593b0f50-word97.doc")],
                              path: "/nonexistent")
        #expect(outputs.status == 3)
        let messages = outputs.problems.map { $0["message"]! }
        #expect(messages.contains { $0.contains("needs `pdftotext`") && $0.contains("poppler-utils") }, "\(messages)")
        #expect(messages.contains { $0.contains("needs `soffice`") && $0.contains("libreoffice-writer") }, "\(messages)")
    }

    /// Old Word files go through LibreOffice Writer, which CI machines need not have (they get Calc only).
    static let writerInstalled = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") } == true
        && FileManager.default.fileExists(atPath: "/usr/lib/libreoffice/program/libswlo.so")

    @Test(.enabled(if: FormatInputTests.writerInstalled))
    func oldWordFilesAreConvertedWhenLibreOfficeIsThere() throws {
        let original = try run([FazhiProcess.sampleReports.appendingPathComponent("000_051a4340593b0f50.txt")])
        let converted = try run([Self.formats.appendingPathComponent("doc/000_051a4340593b0f50-word97.doc")])
        #expect(converted.status == 0, "stderr: \(converted.stderr)")
        #expect(converted.values["000_051a4340593b0f50-word97"] == original.values["000_051a4340593b0f50"])
    }
}
