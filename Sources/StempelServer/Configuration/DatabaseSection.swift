/// The `database` key of the configuration file: a SQLite file or a PostgreSQL URL.
///
/// `database: ./stempel.sqlite` and `database: postgres://stempel@db/stempel` name one or the
/// other by their form; `database: {path: FILE}` and `database: {url: postgres://…}` say it.
struct DatabaseSection: Decodable {
    enum Keys: String, CodingKey, CaseIterable {
        case url, path
    }

    /// The file path or the URL, as ``StempelConfiguration/databasePath`` keeps it.
    let location: String

    init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            location = text
            return
        }
        try decoder.rejectUnknownKeys(Keys.self)
        let container = try decoder.container(keyedBy: Keys.self)
        switch (try container.decodeIfPresent(String.self, forKey: .url), try container.decodeIfPresent(String.self, forKey: .path)) {
        case (let url?, nil):
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw DecodingError.dataCorruptedError(
                    forKey: .url, in: container, debugDescription: "must be a postgres:// URL (a SQLite file goes in database.path)")
            }
            location = url
        case (nil, let path?):
            location = path
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .url, in: container, debugDescription: "give either database.url (PostgreSQL) or database.path (SQLite), not both")
        }
    }
}
