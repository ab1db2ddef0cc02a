import Foundation

/// The JSON Lines file of `stempel export` and `stempel import`: a header line, then one line
/// per row, `{"table": "comments", "row": {"id": "…", "created_at": "2026-11-27T18:00:00.123456Z", …}}`,
/// tables in ``TransferTable/all``'s order (parents first). Dates are UTC with microseconds, so
/// that nothing PostgreSQL keeps is rounded away.
public enum StoreTransferFile {
    /// The format's version, in the header line.
    public static let version = 1

    /// How many rows of each table an export or import moved.
    public typealias Counts = [(table: String, rows: Int)]

    /// Writes every table of `store` as JSON Lines to `handle`.
    public static func export(_ store: any StoreTransfer, to handle: FileHandle) async throws -> Counts {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        handle.write(try encoder.encode(Header(stempelExport: version)) + Data("\n".utf8))
        var counts: Counts = []
        for table in TransferTable.all {
            let rows = try await store.exportRows(table)
            var chunk = Data()
            for values in rows {
                var row: [String: JSONValue] = [:]
                for (column, value) in zip(table.columns, values) { row[column.name] = JSONValue(value) }
                chunk += try encoder.encode(Line(table: table.name, row: row))
                chunk += Data("\n".utf8)
                if chunk.count > 1 << 20 {
                    handle.write(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            handle.write(chunk)
            counts.append((table.name, rows.count))
        }
        return counts
    }

    /// Reads an export and writes it into `store`, which must be empty.
    ///
    /// - Throws: ``StoreTransferError`` naming the line for anything the file gets wrong.
    public static func `import`(_ data: Data, into store: any StoreTransfer) async throws -> Counts {
        guard try await store.isEmptyForImport() else {
            throw StoreTransferError(line: nil, message: "the database already holds data; import into an empty database")
        }
        let decoder = JSONDecoder()
        var rows: [String: [[TransferValue]]] = [:]
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineNumber == 1 {
                guard let header = try? decoder.decode(Header.self, from: line), header.stempelExport == version else {
                    throw StoreTransferError(line: 1, message: "is not a Stempel export (version \(version))")
                }
                continue
            }
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            let parsed: Line
            do {
                parsed = try decoder.decode(Line.self, from: line)
            } catch {
                throw StoreTransferError(line: lineNumber, message: "is not a JSON row: \(error)")
            }
            guard let table = TransferTable.all.first(where: { $0.name == parsed.table }) else {
                throw StoreTransferError(line: lineNumber, message: "names an unknown table '\(parsed.table)'")
            }
            if let unknown = parsed.row.keys.first(where: { key in !table.columns.contains { $0.name == key } }) {
                throw StoreTransferError(line: lineNumber, message: "has an unknown column '\(unknown)' for \(table.name)")
            }
            rows[table.name, default: []].append(
                try table.columns.map { column in
                    do {
                        return try (parsed.row[column.name] ?? .null).value(as: column.kind)
                    } catch let error as JSONValue.Mismatch {
                        throw StoreTransferError(line: lineNumber, message: "\(table.name).\(column.name): \(error.message)")
                    }
                })
        }
        let tables = TransferTable.all.map { (table: $0, rows: rows[$0.name] ?? []) }
        try await store.importTables(tables)
        return tables.map { ($0.table.name, $0.rows.count) }
    }

    private struct Header: Codable {
        var stempelExport: Int

        enum CodingKeys: String, CodingKey { case stempelExport = "stempel_export" }
    }

    private struct Line: Codable {
        var table: String
        var row: [String: JSONValue]
    }
}

/// What is wrong with an export file, and on which line.
public struct StoreTransferError: Error, CustomStringConvertible {
    /// The line (from 1), when one is to blame.
    public let line: Int?
    /// What is wrong.
    public let message: String

    public var description: String { line.map { "line \($0) \(message)" } ?? message }
}

/// A JSON value as a row holds it; read back by the column's kind.
enum JSONValue: Codable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case real(Double)
    case text(String)

    struct Mismatch: Error { let message: String }

    init(_ value: TransferValue) {
        switch value {
        case .null: self = .null
        case .integer(let number): self = .integer(number)
        case .real(let number): self = .real(number)
        case .text(let text): self = .text(text)
        case .bool(let flag): self = .bool(flag)
        case .date(let date): self = .text(TransferDate.format(date))
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int64.self) {
            self = .integer(number)
        } else if let number = try? container.decode(Double.self) {
            self = .real(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .integer(let number): try container.encode(number)
        case .real(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        }
    }

    func value(as kind: TransferTable.Kind) throws -> TransferValue {
        switch (self, kind) {
        case (.null, _): return .null
        case (.integer(let number), .integer): return .integer(number)
        case (.integer(let number), .real): return .real(Double(number))
        case (.real(let number), .real): return .real(number)
        case (.text(let text), .text): return .text(text)
        case (.bool(let flag), .bool): return .bool(flag)
        case (.text(let text), .date):
            guard let date = TransferDate.parse(text) else { throw Mismatch(message: "'\(text)' is not a date (2026-11-27T18:00:00.000000Z)") }
            return .date(date)
        default: throw Mismatch(message: "expected \(kind), found \(self)")
        }
    }
}

/// Dates in exports: `2026-11-27T18:00:00.123456Z`.
package enum TransferDate {
    /// The date in UTC with microseconds.
    package static func format(_ date: Date) -> String {
        let microseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
        let seconds = (microseconds / 1_000_000).rounded(.down)
        let fraction = Int(microseconds - seconds * 1_000_000)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let base = formatter.string(from: Date(timeIntervalSince1970: seconds))
        return String(base.dropLast()) + "." + String(format: "%06d", fraction) + "Z"
    }

    /// The date of a ``format(_:)`` text; nil for anything else.
    package static func parse(_ text: String) -> Date? {
        guard text.hasSuffix("Z"), let dot = text.lastIndex(of: ".") else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let digits = text[text.index(after: dot)..<text.index(before: text.endIndex)]
        guard let base = formatter.date(from: String(text[..<dot]) + "Z"), digits.count == 6, let fraction = Int(digits) else { return nil }
        return Date(timeIntervalSince1970: ((base.timeIntervalSince1970 * 1_000_000) + Double(fraction)) / 1_000_000)
    }
}
