import Foundation
import ModerationKit
import ModerationKitTesting
import Testing
import WordListRule

/// The embedded starter lists against the editable copies in `Feeds/wordlists/`.
@Suite("WordListMatcher starter lists")
struct StarterListTests {
    let rule = WordListMatcher(options: .init())

    /// The entries of a shipped list file.
    static func entries(_ name: String) -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Feeds/wordlists/\(name).txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    @Test func theShippedFilesHaveEntries() {
        #expect(Self.entries("nl").count > 100)
        #expect(Self.entries("en").count > 300)
    }

    @Test(arguments: entries("nl"))
    func everyDutchEntryIsEmbedded(_ entry: String) async throws {
        let reasons = try await rule.findings(for: entry.replacingOccurrences(of: "*", with: "")).map(\.reason)
        #expect(reasons.contains { $0.hasSuffix("from word list nl") })
    }

    @Test(arguments: entries("en"))
    func everyEnglishEntryIsEmbedded(_ entry: String) async throws {
        // "shit" is in both lists and counted for nl, which is searched first.
        let reasons = try await rule.findings(for: entry).map(\.reason)
        #expect(reasons.contains { $0.hasSuffix("from word list en") || $0.hasSuffix("from word list nl") })
        var options = WordListMatcher.Options()
        options.starterLists = ["en"]
        #expect(try await WordListMatcher(options: options).findings(for: entry).count == 1)
    }

    /// The entries removed from LDNOOBW's Dutch list because they are ordinary words (see the README).
    static let removedDutch = [
        "aardappels afgieten", "achter het raam zitten", "afrossen", "aftrekken", "afzuigen", "een halve man en een paardekop", "anita",
        "asbak", "aso", "balen", "bedonderen", "bekken", "belazeren", "beurt", "boemelen", "broekhoesten", "brugpieper", "buffelen",
        "buiten de pot piesen", "de ballen", "de hond uitlaten", "de koffer induiken", "del", "de pijp uitgaan", "driehoog achter wonen",
        "een beurt geven", "flikken", "gadverdamme", "gat", "gedoogzone", "graftak", "gras maaien", "griet", "hol", "huisdealer", "johny",
        "kanen", "klooien", "klootjesvolk", "knor", "kont", "kwakkie", "matje", "mof", "muts", "naaien", "naakt", "nicht", "ouwehoeren",
        "paal", "palen", "penoze", "piesen", "pijpen", "pik", "poep", "poepen", "poot", "pot", "potverdorie", "publiciteitsgeil",
        "raaskallen", "remsporen", "reutelen", "rukken", "schatje", "schuinsmarcheerder", "slempen", "spuiten", "standje", "stootje",
        "sufferd", "toeter", "tongzoeng", "trottoir prostituée", "vergallen", "voor jan-met-de-korte-achternaam", "watje", "welzijnsmafia",
        "wippen", "wuftje", "zaadje", "zuigen",
    ]

    /// The entries removed from LDNOOBW's English list (see the README).
    static let removedEnglish = [
        "xx", "xxx", "dick", "escort", "domination", "hardcore", "hard core", "sexy", "sexual", "sexually", "sexuality", "suck", "sucks",
        "cum", "girl on", "big black", "tied up", "taste my", "tongue in a", "tight white", "huge fat", "jelly donut", "twinkie",
        "tainted love", "lovemaking", "playboy", "panty", "anus", "rectum", "penis", "vagina", "vulva", "clitoris", "genitals", "nipple",
        "nipples", "semen", "fecal", "santorum",
    ]

    @Test(arguments: removedDutch + removedEnglish)
    func removedEntriesAreNotMatched(_ entry: String) async throws {
        #expect(try await rule.findings(for: entry).isEmpty)
    }
}
