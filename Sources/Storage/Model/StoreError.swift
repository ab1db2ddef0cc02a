/// Why the store refused an operation.
public struct StoreError: Error, Hashable, CustomStringConvertible {
    private enum Reason: Hashable {
        case unknownColumn(String)
        case unavailable(String)
        case conflict(String)
    }

    private let reason: Reason

    /// The comment names a column the store does not have.
    public static func unknownColumn(_ slug: String) -> Self { Self(reason: .unknownColumn(slug)) }

    /// The database cannot be written now (disk full, read-only); try again later.
    public static func unavailable(_ detail: String) -> Self { Self(reason: .unavailable(detail)) }

    /// The change contradicts what is stored (a name already taken).
    public static func conflict(_ detail: String) -> Self { Self(reason: .conflict(detail)) }

    /// Whether this is ``unknownColumn(_:)``.
    public var isUnknownColumn: Bool {
        if case .unknownColumn = reason { return true }
        return false
    }

    public var description: String {
        switch reason {
        case .unknownColumn(let slug): "there is no column '\(slug)'"
        case .unavailable(let detail): "the database is unavailable: \(detail)"
        case .conflict(let detail): detail
        }
    }
}
