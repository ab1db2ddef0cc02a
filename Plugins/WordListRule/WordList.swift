import Foundation
import ModerationKit

/// A site's own word list for ``WordListMatcher``: entries from a file (or inline), and what a match does.
///
/// In configuration, under `lists`:
///
/// ```yaml
/// lists:
///   - name: nl-strong               # shown in reasons; default: the file name without extension
///     path: /etc/stempel/nl-strong.txt
///     action: reject                # hold (default) or reject
///     score: 10                     # default 5
///   - name: merknamen
///     words: [kutbedrijf, "oplichters*"]
/// ```
///
/// A file is UTF-8 text with one entry per line; blank lines and lines starting with `#` are
/// skipped. Entries are words or phrases matched as whole words, with an optional `*` at the
/// start or end of a one-word entry for stems (see ``WordListMatcher``). A relative `path` is
/// resolved against the directory Stempel runs in, so prefer absolute paths.
///
/// Decoding reads the file: a missing or unreadable file, or an invalid entry, throws a
/// `DecodingError` naming the key and the path, so Stempel does not start with a list it
/// cannot use. Unknown keys in a list are refused too.
public struct WordList: Codable, Hashable, Sendable {
    /// The list's name, as reasons quote it ("from word list nl-strong").
    public var name: String
    /// The file the entries were read from; nil for a list given inline.
    public var path: String?
    /// The entries, without blank lines and comments.
    public var entries: [String]
    /// What a match forces: `hold` or `reject`. Default `hold`.
    public var action: ForcedAction
    /// The score of a match, finite and at least 0. Default `5`.
    public var score: Double

    /// A list given in code (or inline in configuration). Entries are not checked here; invalid
    /// ones never match.
    public init(name: String, entries: [String], action: ForcedAction = .hold, score: Double = 5) {
        self.name = name
        self.path = nil
        self.entries = entries
        self.action = action
        self.score = score
    }

    /// A list read from a file now; the name defaults to the file name without its extension.
    ///
    /// - Throws: when the file cannot be read as UTF-8 text.
    public init(contentsOf path: String, name: String? = nil, action: ForcedAction = .hold, score: Double = 5) throws {
        self.init(name: name ?? Self.defaultName(for: path), entries: Self.entries(in: try Self.read(path)), action: action, score: score)
        self.path = path
    }

    /// Decodes a list, reading its file.
    public init(from decoder: any Decoder) throws {
        try Self.rejectUnknownKeys(in: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let path = try container.decodeIfPresent(String.self, forKey: .path)
        let words = try container.decodeIfPresent([String].self, forKey: .words)
        let name = try container.decodeIfPresent(String.self, forKey: .name)
        let action = try container.decodeIfPresent(ForcedAction.self, forKey: .action) ?? .hold
        guard action != .approve else {
            throw DecodingError.dataCorruptedError(forKey: .action, in: container, debugDescription: "expected hold or reject, not approve")
        }
        let score = try container.decodeIfPresent(Double.self, forKey: .score) ?? 5
        guard score.isFinite, score >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .score, in: container, debugDescription: "expected a finite number of at least 0, not \(score)")
        }
        switch (path, words) {
        case (let path?, nil):
            let text: String
            do {
                text = try Self.read(path)
            } catch {
                let expanded = NSString(string: path).expandingTildeInPath
                let problem = FileManager.default.fileExists(atPath: expanded) ? "it cannot be read as UTF-8 text" : "there is no such file"
                throw DecodingError.dataCorruptedError(
                    forKey: .path, in: container, debugDescription: "cannot read the word list file '\(path)': \(problem)")
            }
            try Self.check(Self.lines(of: text), key: .path, in: container, source: "'\(path)' line")
            self.init(name: name ?? Self.defaultName(for: path), entries: Self.entries(in: text), action: action, score: score)
            self.path = path
        case (nil, let words?):
            try Self.check(words, key: .words, in: container, source: "entry")
            guard let name, !name.isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: .name, in: container, debugDescription: "a list given with words needs a name")
            }
            self.init(name: name, entries: words, action: action, score: score)
        case (nil, nil):
            throw DecodingError.dataCorruptedError(forKey: .path, in: container, debugDescription: "expected the path of a word list file (or words)")
        case (_?, _?):
            throw DecodingError.dataCorruptedError(forKey: .words, in: container, debugDescription: "give either path or words, not both")
        }
    }

    /// Encodes the list as configuration writes it: the path, or the words of an inline list.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        if let path {
            try container.encode(path, forKey: .path)
        } else {
            try container.encode(entries, forKey: .words)
        }
        try container.encode(action, forKey: .action)
        try container.encode(score, forKey: .score)
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case name, path, words, action, score
    }
}

extension WordList {
    private static func read(_ path: String) throws -> String {
        try String(contentsOfFile: NSString(string: path).expandingTildeInPath, encoding: .utf8)
    }

    private static func entries(in text: String) -> [String] {
        lines(of: text).filter { (try? ListEntry.parse($0)) != nil }.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The lines of a file, whatever its line endings (`\r\n` is one character in Swift).
    private static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    private static func defaultName(for path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Throws for the first invalid entry, naming where it is.
    private static func check(_ lines: [String], key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>, source: String) throws {
        for (index, line) in lines.enumerated() {
            do {
                _ = try ListEntry.parse(line)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "\(source) \(index + 1): \(error)")
            }
        }
    }

    /// A list is decoded strictly: Stempel checks only the top-level option keys.
    private static func rejectUnknownKeys(in decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        guard let unknown = container.allKeys.first(where: { CodingKeys(stringValue: $0.stringValue) == nil }) else { return }
        let known = CodingKeys.allCases.map(\.stringValue).joined(separator: ", ")
        throw DecodingError.dataCorruptedError(
            forKey: unknown,
            in: container,
            debugDescription: "unknown key '\(unknown.stringValue)' in a word list (expected one of: \(known))"
        )
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
