/// Why the store refused an operation.
public struct StoreError: Error, Hashable, CustomStringConvertible {
    private enum Reason: Hashable {
        case unknownColumn(String)
        case unavailable(String)
        case conflict(String)
        case duplicateRequest(IdempotencyKey)
    }

    private let reason: Reason

    /// The comment names a column the store does not have.
    public static func unknownColumn(_ slug: String) -> Self { Self(reason: .unknownColumn(slug)) }

    /// The database cannot be written now (disk full, read-only); try again later.
    public static func unavailable(_ detail: String) -> Self { Self(reason: .unavailable(detail)) }

    /// The change contradicts what is stored (a name already taken).
    public static func conflict(_ detail: String) -> Self { Self(reason: .conflict(detail)) }

    /// A comment with this idempotency key is already stored (a concurrent retry won); nothing
    /// was stored this time.
    public static func duplicateRequest(_ key: IdempotencyKey) -> Self { Self(reason: .duplicateRequest(key)) }

    /// The key of a ``duplicateRequest(_:)``.
    public var duplicateKey: IdempotencyKey? {
        if case .duplicateRequest(let key) = reason { return key }
        return nil
    }

    /// Whether this is ``unavailable(_:)``: the database cannot be written now, and may be later.
    public var isUnavailable: Bool {
        if case .unavailable = reason { return true }
        return false
    }

    /// Whether this is ``conflict(_:)``.
    public var isConflict: Bool {
        if case .conflict = reason { return true }
        return false
    }

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
        case .duplicateRequest(let key): "a comment with the idempotency key '\(key.key)' is already stored"
        }
    }
}
