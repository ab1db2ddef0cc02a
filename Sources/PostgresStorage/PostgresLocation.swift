import Foundation
import PostgresNIO

/// Where a PostgreSQL store lives, read from a `postgres://` URL.
///
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME&sslmode=disable|prefer|require&pool=N]`;
/// `postgresql://` is the same. Without `schema` the tables are in `public`; with one, every
/// connection works in that schema (created if missing), so that several sites, or tests running
/// in parallel, can share a database.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// The server's host name or address.
    public var host: String
    /// The server's port.
    public var port: Int
    /// The role to connect as.
    public var username: String
    /// The role's password, if the server asks for one.
    public var password: String?
    /// The database.
    public var database: String
    /// The schema the tables are in; nil for the role's default (`public`).
    public var schema: String?
    /// `disable` (the default), `prefer` or `require`: whether the connection is encrypted.
    public var sslMode: String
    /// The most connections the pool opens.
    public var maximumConnections: Int

    /// Whether `text` is meant as a PostgreSQL URL rather than a file path.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a `postgres://` URL.
    ///
    /// - Throws: ``PostgresLocationError`` naming what is wrong.
    public init(url text: String) throws {
        guard Self.isURL(text), let components = URLComponents(string: text) else {
            throw PostgresLocationError("'\(Self.redacted(text))' is not a postgres:// URL")
        }
        guard let host = components.host, !host.isEmpty else { throw PostgresLocationError("the URL names no host") }
        guard let user = components.user, !user.isEmpty else { throw PostgresLocationError("the URL names no user (postgres://USER@HOST/DATABASE)") }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresLocationError("the URL names no database (postgres://USER@HOST/DATABASE)")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        self.schema = nil
        self.sslMode = "disable"
        self.maximumConnections = 20
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "schema":
                // Quoted as an identifier everywhere it is used; still keep it plain.
                guard !value.isEmpty, value.count <= 63, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                    throw PostgresLocationError("schema '\(value)' must be 1 to 63 letters, digits or underscores")
                }
                schema = value
            case "sslmode":
                guard ["disable", "prefer", "require"].contains(value) else {
                    throw PostgresLocationError("sslmode '\(value)' must be disable, prefer or require")
                }
                sslMode = value
            case "pool":
                guard let size = Int(value), (1...1000).contains(size) else {
                    throw PostgresLocationError("pool '\(value)' must be a number from 1 to 1000")
                }
                maximumConnections = size
            default:
                throw PostgresLocationError("unknown URL parameter '\(item.name)' (known: schema, sslmode, pool)")
            }
        }
    }

    /// The URL without its password, for logs.
    public var description: String {
        var text = "postgres://\(username)@\(host):\(port)/\(database)"
        if let schema { text += "?schema=\(schema)" }
        return text
    }

    /// The text of a URL with any password replaced by `***`, for error messages.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }

    /// The pool's configuration.
    func clientConfiguration() throws -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS =
            switch sslMode {
            case "require": .require(.makeClientConfiguration())
            case "prefer": .prefer(.makeClientConfiguration())
            default: .disable
            }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.maximumConnections = maximumConnections
        if let schema {
            // Every connection of the pool starts in the schema; the store's SQL names no schema.
            configuration.options.additionalStartupParameters = [("search_path", "\"\(schema)\"")]
        }
        return configuration
    }
}

/// A PostgreSQL URL that cannot be used, and why.
public struct PostgresLocationError: Error, CustomStringConvertible {
    /// What is wrong with the URL.
    public let description: String

    init(_ description: String) { self.description = description }
}
