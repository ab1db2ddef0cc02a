import ModerationKit

extension WordListMatcher {
    /// How a site tunes the word lists. Every option has a default, so `{}` is valid.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   starterLists: [nl]
    ///   lists:
    ///     - name: nl-strong
    ///       path: /etc/stempel/wordlists/nl-strong.txt
    ///       action: reject
    ///       score: 10
    ///   fields: [body, authorName]
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// The word lists built into the rule: `nl` (Dutch) and `en` (English), trimmed from
        /// LDNOOBW (see the module's README). Their matches force a **hold** and score 5.
        /// Default `[nl, en]`; `[]` leaves only ``lists``. To change a starter list, copy it from
        /// `Feeds/wordlists/`, edit it, and give it in ``lists`` instead.
        public var starterLists = ["nl", "en"]

        /// The site's own lists, read from files (or given inline) when the options are decoded.
        /// Default empty.
        public var lists: [WordList] = []

        /// What is searched: the comment's `body`, the `authorName` and the `authorURL`.
        /// Default all three.
        public var fields: [Field] = Field.allCases

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key, and reads the lists' files.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let names = StarterLists.all.keys.sorted().joined(separator: ", ")
            starterLists = try container.decode(.starterLists, default: starterLists, expecting: "a list of starter list names (\(names))") {
                $0.allSatisfy { StarterLists.all[$0] != nil }
            }
            // Decoded directly, so that an error names the list and its key (`lists[1].path`).
            lists = try container.decodeIfPresent([WordList].self, forKey: .lists) ?? lists
            fields = try container.decode(.fields, default: fields, expecting: "a list of body, authorName and authorURL") { _ in true }
        }

        private enum CodingKeys: String, CodingKey {
            case starterLists, lists, fields
        }
    }

    /// A part of a submission the lists are matched against, in ``Options/fields``.
    public enum Field: String, Codable, Hashable, Sendable, CaseIterable {
        /// The comment's text.
        case body
        /// The name the author gave.
        case authorName
        /// The website the author gave.
        case authorURL
    }
}
