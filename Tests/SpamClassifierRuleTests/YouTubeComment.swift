/// One comment of the YouTube Spam Collection.
struct YouTubeComment {
    var author: String
    var content: String
    var isSpam: Bool

    /// The comments of the collection's file `name` (`Youtube05-Shakira.csv`).
    static func load(_ name: String) -> [YouTubeComment] {
        guard let csv = YouTubeSpamCollection.files.first(where: { $0.name == name })?.csv else { return [] }
        let rows = Self.rows(of: csv)
        guard let header = rows.first, let author = header.firstIndex(of: "AUTHOR"), let content = header.firstIndex(of: "CONTENT"),
            let label = header.firstIndex(of: "CLASS")
        else { return [] }
        return rows.dropFirst().filter { $0.count == header.count }.map {
            YouTubeComment(author: $0[author], content: $0[content], isSpam: $0[label] == "1")
        }
    }

    /// The fields of each line of RFC 4180 CSV: quoted fields may hold commas, newlines and `""`.
    static func rows(of csv: String) -> [[String]] {
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var state = State.fieldStart
        func endField() {
            row.append(field)
            field = ""
            state = .fieldStart
        }
        func endRow() {
            endField()
            rows.append(row)
            row = []
        }
        for character in csv {
            switch (state, character) {
            case (.fieldStart, "\""): state = .quoted
            case (.quoted, "\""): state = .quoteInQuoted
            case (.quoted, _): field.append(character)
            case (.quoteInQuoted, "\""):
                field.append("\"")
                state = .quoted
            case (_, ","): endField()
            case (_, "\n"), (_, "\r\n"): endRow()
            default:
                field.append(character)
                state = .unquoted
            }
        }
        if state != .fieldStart || !row.isEmpty { endRow() }
        return rows
    }
}
