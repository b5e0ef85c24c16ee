import Foundation
import Yams

/// A pipeline definition (`pipelines/*.yaml`): what to read, where to write,
/// and the options of each stage. Read-only: runs never write to it.
public struct PipelineConfig: Codable, Equatable, Sendable {
    /// The newest file format this build understands.
    public static let currentVersion = 1

    public var version: Int
    /// Names the output folder `out/<name>/`.
    public var name: String
    /// Input folder, relative to the pipeline file's folder.
    public var input: String
    /// Output root, relative to the pipeline file's folder.
    public var output: String
    /// Indicator catalogue, relative to the pipeline file's folder.
    public var catalogue: String
    public var options: Options

    public struct Options: Codable, Equatable, Sendable {
        /// Write a UTF-8 byte-order mark at the start of every CSV (Excel needs it).
        public var csvBOM: Bool
        /// The language of report.xlsx's sheet names and notes.
        public var sheetLanguage: SheetLanguage

        enum CodingKeys: String, CodingKey {
            case csvBOM = "csv_bom"
            case sheetLanguage = "sheet_language"
        }

        public init(csvBOM: Bool, sheetLanguage: SheetLanguage = .zh) {
            self.csvBOM = csvBOM
            self.sheetLanguage = sheetLanguage
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            csvBOM = try container.decodeIfPresent(Bool.self, forKey: .csvBOM) ?? Options.default.csvBOM
            sheetLanguage = try container.decodeIfPresent(SheetLanguage.self, forKey: .sheetLanguage)
                ?? Options.default.sheetLanguage
        }
    }

    /// report.xlsx in Chinese (the default) or English.
    public enum SheetLanguage: String, Codable, Equatable, Sendable {
        case zh, en
    }

    public init(version: Int, name: String, input: String, output: String, catalogue: String, options: Options) {
        self.version = version
        self.name = name
        self.input = input
        self.output = output
        self.catalogue = catalogue
        self.options = options
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        name = try container.decode(String.self, forKey: .name)
        input = try container.decodeIfPresent(String.self, forKey: .input) ?? PipelineConfig.default.input
        output = try container.decodeIfPresent(String.self, forKey: .output) ?? PipelineConfig.default.output
        catalogue = try container.decodeIfPresent(String.self, forKey: .catalogue) ?? PipelineConfig.default.catalogue
        options = try container.decodeIfPresent(Options.self, forKey: .options) ?? .default
    }

    /// Loads and checks a pipeline file; every error names the file and, where
    /// the YAML parser knows it, the line.
    public static func load(from url: URL) throws -> PipelineConfig {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PipelineError.invalidPipeline(path: url.path, line: nil, reason: "cannot read it (\(error.localizedDescription))")
        }
        let config: PipelineConfig
        do {
            config = try YAMLDecoder().decode(PipelineConfig.self, from: text)
        } catch let error as YamlError {
            throw PipelineError.invalidPipeline(path: url.path, line: error.line, reason: "\(error)")
        } catch let error as DecodingError {
            throw PipelineError.invalidPipeline(path: url.path, line: nil, reason: error.readableReason)
        }
        try config.validate(path: url.path)
        return config
    }

    func validate(path: String) throws {
        if version > Self.currentVersion {
            throw PipelineError.invalidPipeline(path: path, line: nil, reason: "version \(version) is newer than this fazhi understands (\(Self.currentVersion))")
        }
        if name.isEmpty || name.contains("/") || name.hasPrefix(".") {
            throw PipelineError.invalidPipeline(path: path, line: nil, reason: "name must be a plain folder name, got \"\(name)\"")
        }
    }
}

extension YamlError {  // shared with the catalogue loader
    /// The 1-based line the parser stopped at, when it says.
    public var line: Int? {
        switch self {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }
}

extension DecodingError {
    var readableReason: String {
        func path(_ context: Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch self {
        case let .keyNotFound(key, context):
            let parent = path(context)
            return "missing key \"\(parent.isEmpty ? key.stringValue : parent + "." + key.stringValue)\""
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            return "\(path(context)): expected \(type)"
        case let .dataCorrupted(context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(self)"
        }
    }
}
