/// A configuration file that cannot be used, with the file and the key or line at fault.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    /// The file (or `command line`) the problem is in.
    public let file: String
    /// What is wrong, starting with the key path (`rules.shouting.weight: expected a number`).
    public let message: String

    /// Creates an error.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
