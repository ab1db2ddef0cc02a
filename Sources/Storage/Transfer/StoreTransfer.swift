import Foundation

/// A store whose tables can be read and written whole: what `stempel export` and
/// `stempel import` move between SQLite and PostgreSQL (``StoreTransferFile``).
public protocol StoreTransfer: Sendable {
    /// Every row of `table` in its export order, each value in the order of the table's columns.
    func exportRows(_ table: TransferTable) async throws -> [[TransferValue]]

    /// Writes exported rows into `table`, keeping their ids, in one transaction.
    func importRows(_ table: TransferTable, _ rows: [[TransferValue]]) async throws

    /// Whether the store holds no columns, comments, accounts or sources: import writes only into
    /// an empty store, so that nothing is merged by accident.
    func isEmptyForImport() async throws -> Bool
}
