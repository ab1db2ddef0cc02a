/// A source description that cannot be used, naming the field (or key) and the file at fault.
public struct SourceInputError: Error, Hashable, CustomStringConvertible {
    /// The file the source came from (`Feeds/sources.yaml`), or nil for the command line and the API.
    public var file: String?
    /// The field or key at fault (`url`, `sources[2].interval`).
    public var field: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String? = nil, field: String, message: String) {
        self.file = file
        self.field = field
        self.message = message
    }

    public var description: String { (file.map { "\($0): " } ?? "") + "\(field): \(message)" }
}
