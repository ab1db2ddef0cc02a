extension DecodingError {
    /// The names of the keys on the path to the value that failed, for checking that errors name the key.
    var codingKeyNames: [String] {
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath.map(\.stringValue)
        @unknown default:
            []
        }
    }
}
