import StempelServer
import Testing

@Suite struct DatabaseConfigurationTests {
    @Test(arguments: [
        ("database: ./data/stempel.sqlite", "./data/stempel.sqlite"),
        ("database: postgres://stempel@db.example/stempel", "postgres://stempel@db.example/stempel"),
        ("database:\n  url: postgresql://stempel@db.example:6543/stempel?schema=site", "postgresql://stempel@db.example:6543/stempel?schema=site"),
        ("database:\n  path: /var/lib/stempel/stempel.sqlite", "/var/lib/stempel/stempel.sqlite"),
    ])
    func theDatabaseIsAFileOrAURL(_ yaml: String, _ expected: String) throws {
        #expect(try StempelConfiguration.parse(yaml: yaml).databasePath == expected)
    }

    @Test func theDefaultIsTheSQLiteFile() throws {
        #expect(try StempelConfiguration.parse(yaml: "site:\n  title: x").databasePath == "./stempel.sqlite")
    }

    @Test(arguments: [
        ("database:\n  url: ./stempel.sqlite", "url"), ("database:\n  url: postgres://u@h/d\n  path: x", "url"),
        ("database:\n  host: db", "host"), ("database: {}", "url"),
    ])
    func mistakesAreNamed(_ yaml: String, _ key: String) {
        #expect {
            _ = try StempelConfiguration.parse(yaml: yaml, file: "stempel.yaml")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("stempel.yaml: ") && text.contains(key)
        }
    }
}
