import Foundation

/// What a stage's stored result was made from. A stage is up to date when
/// the fingerprint it would compute now equals the stored one and its
/// outputs exist (dvc's changed_deps / changed_stage / changed_outs).
public struct StageManifest: Codable, Equatable, Sendable {
    /// Bumped when a stage's artifact format or logic changes incompatibly.
    public static let formatVersion = 3

    public var format: Int
    public var fazhi: String
    /// SHA-256 over the format, the fazhi version, the stage's configuration
    /// slice and its inputs' fingerprint.
    public var fingerprint: String
    /// Per-document stages: the size of blobs.bin after the last run that
    /// wrote every record anew. Records replaced since left their texts in
    /// the file; `DocumentStage` starts it anew once it has doubled.
    public var blobsAfterFullWrite: Int?

    public init(fazhi: String, fingerprint: String) {
        format = Self.formatVersion
        self.fazhi = fazhi
        self.fingerprint = fingerprint
    }

    /// The fingerprint of a stage: its name, format, fazhi version, configuration and inputs.
    public static func fingerprint(stage: StageName, fazhi: String, configuration: String, inputs: String) -> String {
        ContentHash.sha256([stage.rawValue, String(formatVersion), fazhi, configuration, inputs].joined(separator: "\u{1F}"))
    }
}

/// Why a stage runs (or does not), for the log: nothing is skipped silently.
public enum StageStatus: Equatable, Sendable, CustomStringConvertible {
    case upToDate
    case forced
    case neverRun
    case definitionChanged
    case inputChanged
    case outputMissing(String)

    public var needsRun: Bool { self != .upToDate }

    public var description: String {
        switch self {
        case .upToDate: return "up to date"
        case .forced: return "forced"
        case .neverRun: return "no earlier result"
        case .definitionChanged: return "artifact format changed"
        case .inputChanged: return "inputs changed"
        case let .outputMissing(path): return "output missing: \(path)"
        }
    }
}
