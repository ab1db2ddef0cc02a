import GRDB

extension StoreError {
    /// The error as ``unavailable(_:)`` when SQLite says the database cannot be used right now
    /// (disk full, read-only, an I/O error, locked too long), a state it recovers from by itself
    /// once the cause is gone; nil for any other error.
    public static func unavailable(from error: any Error) -> StoreError? {
        if let error = error as? StoreError { return error.isUnavailable ? error : nil }
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_FULL, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_NOMEM:
            return .unavailable(error.message ?? "\(error.resultCode)")
        default:
            return nil
        }
    }
}
