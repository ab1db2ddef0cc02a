import ArgumentParser
import Foundation
import ModerationKit

/// Labelled comments from a CSV file with `CONTENT` and `CLASS` columns (1 = spam, 0 = ham), as
/// the UCI YouTube spam collection has them. `AUTHOR` is used when present.
struct LabelledCSV {
    struct Example {
        var body: String
        var author: String
        var label: TrainingLabel
    }

    let path: String
    let examples: [Example]

    /// Reads and parses a file; errors name the file and the line.
    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("\(path): cannot be read") }
        self.path = path
        let rows = Self.rows(String(decoding: data, as: UTF8.self))
        guard let header = rows.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).uppercased() }),
            let content = header.firstIndex(of: "CONTENT"), let label = header.firstIndex(of: "CLASS")
        else { throw ValidationError("\(path): line 1: expected a header with CONTENT and CLASS columns") }
        let author = header.firstIndex(of: "AUTHOR")
        var examples: [Example] = []
        for row in rows.dropFirst() where !(row.fields.count == 1 && row.fields[0].isEmpty) {
            guard row.fields.count == header.count else {
                throw ValidationError("\(path): line \(row.line): expected \(header.count) fields, found \(row.fields.count)")
            }
            let value = row.fields[label].trimmingCharacters(in: .whitespaces)
            guard value == "0" || value == "1" else {
                throw ValidationError("\(path): line \(row.line): CLASS must be 1 (spam) or 0 (ham), not '\(value)'")
            }
            examples.append(
                Example(body: row.fields[content], author: author.map { row.fields[$0] } ?? "Lezer", label: value == "1" ? .spam : .ham)
            )
        }
        self.examples = examples
    }

    /// RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines.
    static func rows(_ text: String) -> [(line: Int, fields: [String])] {
        var rows: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\r\n", "\n", "\r":
                fields.append(field)
                rows.append((rowLine, fields))
                fields = []
                field = ""
                line += 1
                rowLine = line
            default: field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append((rowLine, fields))
        }
        return rows
    }
}
