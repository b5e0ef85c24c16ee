/// Errors that stop the normalize stage as a whole (not one document).
public enum NormalizeError: Error, CustomStringConvertible {
    case openCCUnavailable(config: String, reason: String)

    public var description: String {
        switch self {
        case let .openCCUnavailable(config, reason):
            return "cannot open OpenCC configuration \(config) (\(reason)); install libopencc-dev / libopencc-data"
        }
    }
}
