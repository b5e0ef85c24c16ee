/// Errors that stop a run (as opposed to a `Problem` with one document).
/// Each names the file it is about and the reason.
public enum PipelineError: Error, CustomStringConvertible, Equatable {
    case missingArtifact(stage: StageName, path: String, producer: StageName)
    case corruptArtifact(path: String, line: Int, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case invalidPipeline(path: String, line: Int?, reason: String)
    case inputFolderMissing(path: String)
    case locked(path: String, holder: String)

    public var description: String {
        switch self {
        case let .missingArtifact(stage, path, producer):
            return "\(stage.rawValue) needs the \(producer.rawValue) artifact \(path), which does not exist; run `fazhi \(producer.rawValue)` (or `fazhi run`) first"
        case let .corruptArtifact(path, line, reason):
            return "\(path):\(line): unreadable artifact record: \(reason)"
        case let .cannotWrite(path, reason):
            return "cannot write \(path): \(reason)"
        case let .cannotRead(path, reason):
            return "cannot read \(path): \(reason)"
        case let .invalidPipeline(path, line, reason):
            let place = line.map { "\(path):\($0)" } ?? path
            return "\(place): invalid pipeline file: \(reason)"
        case let .inputFolderMissing(path):
            return "input folder \(path) does not exist"
        case let .locked(path, holder):
            return "another fazhi run holds \(path) (\(holder)); nothing was done. Try again when it has finished, or use --wait"
        }
    }
}
