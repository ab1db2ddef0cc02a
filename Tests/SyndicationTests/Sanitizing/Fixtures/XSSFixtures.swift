import Foundation

/// Attack payloads copied from other sanitizers' test suites, with their licences in each file's
/// header. The payloads are stored as JSON so that they stay byte-for-byte as published.
enum XSSFixtures {
    /// Every payload.
    static var all: [String] { bluemonday + dompurify }

    static func decode(_ json: String) -> [String] {
        // The fixtures are constants in this repository: a decoding failure is a broken fixture.
        try! JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}
