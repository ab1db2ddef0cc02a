import Foundation
import GRDB

extension SQLiteStore: StoreTransfer {
    public func exportRows(_ table: TransferTable) async throws -> [[TransferValue]] {
        try await reader.read { db in
            try Row.fetchAll(db, sql: "SELECT \(table.columnList) FROM \(table.name) ORDER BY \(table.orderBy)").map { row in
                table.columns.enumerated().map { index, column -> TransferValue in
                    if row.hasNull(atIndex: index) { return .null }
                    switch column.kind {
                    case .integer: return .integer(row[index])
                    case .real: return .real(row[index])
                    case .text: return .text(row[index])
                    case .bool: return .bool(row[index])
                    case .date: return .date(row[index])
                    }
                }
            }
        }
    }

    public func importTables(_ tables: [(table: TransferTable, rows: [[TransferValue]])]) async throws {
        try await writer.write { db in
            for (table, rows) in tables where !rows.isEmpty {
                let sql = "INSERT INTO \(table.name) (\(table.columnList)) VALUES (\(databaseQuestionMarks(count: table.columns.count)))"
                let statement = try db.makeStatement(sql: sql)
                for row in rows {
                    try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
                }
            }
        }
        // What was cached of columns may have changed, and the feeds show the imported data.
        columnInfos.removeAll()
        publishedChanges.bump()
    }

    public func isEmptyForImport() async throws -> Bool {
        try await reader.read { db in
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT NOT (EXISTS (SELECT 1 FROM columns) OR EXISTS (SELECT 1 FROM comments) OR EXISTS (SELECT 1 FROM moderators)
                                OR EXISTS (SELECT 1 FROM sources))
                    """) ?? false
        }
    }

    private static func databaseValue(_ value: TransferValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        case .bool(let flag): flag.databaseValue
        case .date(let date): date.databaseValue
        }
    }
}

extension SQLiteStore {
    /// Every table of the database with its columns, for the test that export misses none.
    package func tableColumns() async throws -> [String: Set<String>] {
        try await reader.read { db in
            var tables: [String: Set<String>] = [:]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                tables[table] = Set(try db.columns(in: table).map(\.name))
            }
            return tables
        }
    }
}
