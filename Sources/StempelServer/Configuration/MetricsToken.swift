import Foundation

/// The bearer token `GET /metrics` asks for when one is configured (`server.metrics_token`).
public struct MetricsToken: Sendable, Hashable, CustomStringConvertible {
    /// Why a configured token was refused.
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// The shortest token accepted: a guessable token would protect nothing.
    public static let minimumLength = 16

    let value: String

    /// A token of at least ``minimumLength`` printable ASCII characters, without spaces.
    ///
    /// - Throws: ``Invalid``, saying what a token must be.
    public init(_ value: String) throws {
        guard value.utf8.count >= Self.minimumLength else {
            throw Invalid(description: "a token of at least \(Self.minimumLength) characters, such as the output of `openssl rand -hex 24`")
        }
        guard value.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw Invalid(description: "printable ASCII characters without spaces")
        }
        self.value = value
    }

    /// Never the token itself: configurations are logged and printed.
    public var description: String { "<metrics token>" }

    /// Whether an `Authorization` header carries this token, compared in time that does not
    /// depend on where the first difference is.
    func isAuthorized(_ header: String?) -> Bool {
        guard let header, header.count > 7, header.prefix(7).lowercased() == "bearer " else { return false }
        let given = Array(header.dropFirst(7).utf8)
        let expected = Array(value.utf8)
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
