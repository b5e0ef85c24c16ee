import Foundation

/// Old binary Word and WPS files: LibreOffice converts them to .docx in a
/// private temporary folder (its own profile too, so parallel conversions
/// do not fight over a lock), which is then read like any .docx.
enum LegacyWord {
    static func read(file: URL) throws -> ReadText {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("fazhi-soffice-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        _ = try ExternalTool.soffice.run([
            "-env:UserInstallation=" + scratch.appendingPathComponent("profile").absoluteString, "--headless", "--norestore",
            "--convert-to", "docx", "--outdir", scratch.path, file.path,
        ])
        let converted = scratch.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".docx")
        guard let data = try? Data(contentsOf: converted) else {
            throw IngestError.toolFailed(command: "soffice",
                                         reason: "it wrote no .docx for this file (is LibreOffice Writer, Debian libreoffice-writer, installed?)")
        }
        return try WordDocument.read(data)
    }
}
