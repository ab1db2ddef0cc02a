import Foundation
import PostgresNIO
import Storage

extension PostgresStore: StoreTransfer {
    public func exportRows(_ table: TransferTable) async throws -> [[TransferValue]] {
        try await read { connection in
            try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT \(table.columnList) FROM \(table.name) ORDER BY \(table.orderBy)"), logger: logger
            ).collect().map { row in
                let cells = Array(row)
                return try table.columns.enumerated().map { index, column -> TransferValue in
                    let cell = cells[index]
                    if cell.bytes == nil { return .null }
                    switch column.kind {
                    case .integer: return .integer(try cell.decode(Int64.self))
                    case .real: return .real(try cell.decode(Double.self))
                    case .text: return .text(try cell.decode(String.self))
                    case .bool: return .bool(try cell.decode(Bool.self))
                    case .date: return .date(try cell.decode(Date.self))
                    }
                }
            }
        }
    }

    public func importTables(_ tables: [(table: TransferTable, rows: [[TransferValue]])]) async throws {
        try await transaction { connection in
            for (table, rows) in tables where !rows.isEmpty {
                try await insert(rows, into: table, on: connection)
            }
            try await notifyChange(connection)
        }
        columnInfos.removeAll()
        publishedChanges.bump()
    }

    private func insert(_ rows: [[TransferValue]], into table: TransferTable, on connection: PostgresConnection) async throws {
        // Dates go as text: binding a Date truncates to whole microseconds after a floating-point
        // conversion, which can lose one; the export's text is exact.
        let placeholders = table.columns.enumerated().map { index, column in
            column.kind == .date ? "$\(index + 1)::timestamptz" : "$\(index + 1)"
        }.joined(separator: ", ")
        let sql = "INSERT INTO \(table.name) (\(table.columnList)) VALUES (\(placeholders))"
        for row in rows {
            var binds = PostgresBindings(capacity: row.count)
            for (value, column) in zip(row, table.columns) {
                switch value {
                case .null:
                    // A typed NULL: PostgreSQL cannot always infer an untyped one's type.
                    switch column.kind {
                    case .integer: binds.append(Int64?.none)
                    case .real: binds.append(Double?.none)
                    case .text: binds.append(String?.none)
                    case .bool: binds.append(Bool?.none)
                    case .date: binds.append(String?.none)
                    }
                case .integer(let number):
                    // Integer columns are `integer` or `bigint`; int8 casts to either.
                    binds.append(number)
                case .real(let number): binds.append(number)
                case .text(let text): binds.append(text)
                case .bool(let flag): binds.append(flag)
                case .date(let date): binds.append(TransferDate.format(date))
                }
            }
            try await connection.execute(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        }
        if table.hasGeneratedID {
            // The next generated id follows the imported ones.
            try await connection.execute(
                PostgresQuery(
                    unsafeSQL:
                        "SELECT setval(pg_get_serial_sequence('\(table.name)', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM \(table.name)), false)"
                ),
                logger: logger)
        }
    }

    public func isEmptyForImport() async throws -> Bool {
        try await read { connection in
            try await connection.value(
                Bool.self,
                """
                SELECT NOT (EXISTS (SELECT 1 FROM columns) OR EXISTS (SELECT 1 FROM comments) OR EXISTS (SELECT 1 FROM moderators)
                            OR EXISTS (SELECT 1 FROM sources))
                """,
                logger: logger
            ) ?? false
        }
    }
}

extension PostgresStore {
    /// Every table of the store's schema with its columns, for the test that export misses none.
    package func tableColumns() async throws -> [String: Set<String>] {
        try await read { connection in
            var tables: [String: Set<String>] = [:]
            let rows = try await connection.rows(
                "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns WHERE table_schema = current_schema()",
                logger: logger)
            for row in rows {
                tables[try row.get("t", as: String.self), default: []].insert(try row.get("c"))
            }
            return tables
        }
    }
}
