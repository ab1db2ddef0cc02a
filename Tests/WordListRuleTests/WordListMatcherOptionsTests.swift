import Foundation
import ModerationKit
import ModerationKitTesting
import Testing
import WordListRule

@Suite("WordListMatcher options")
struct WordListMatcherOptionsTests {
    /// Writes a word list file for one test and returns its path.
    func listFile(_ contents: String, name: String = "nl-strong.txt") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wordlist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The JSON string literal of a path.
    func quoted(_ path: String) -> String {
        String(decoding: try! JSONEncoder().encode(path), as: UTF8.self)
    }

    @Test func starterLists() async throws {
        var options = WordListMatcher.Options()
        options.starterLists = ["en"]
        #expect(try await WordListMatcher(options: options).findings(for: "kut").isEmpty)
        #expect(try await WordListMatcher(options: options).findings(for: "fuck").count == 1)
        options.starterLists = []
        #expect(try await WordListMatcher(options: options).findings(for: "fuck kut").isEmpty)
    }

    @Test func fields() async throws {
        var options = WordListMatcher.Options()
        options.fields = [.body]
        let submission = Submission.sample(body: "Prima.", authorName: "Hufter", url: "https://hufter.example")
        #expect(WordListMatcher(options: options).evaluate(submission, in: RecordedHistory().context()).isEmpty)
        options.fields = [.authorURL]
        #expect(
            WordListMatcher(options: options).evaluate(submission, in: RecordedHistory().context()).map(\.reason) == [
                "matched 'h****r' (author URL) from word list nl"
            ])
    }

    @Test func aFileListWithItsOwnActionAndScore() async throws {
        let path = try listFile("# Woorden die we nooit willen zien\n\noplichters*\n  kut*  \n")
        let rule = try WordListMatcher.decoded(fromJSON: #"{"lists": [{"path": \#(quoted(path)), "action": "reject", "score": 10}]}"#)
        #expect(rule.options.lists.map(\.name) == ["nl-strong"])
        #expect(rule.options.lists.first?.entries == ["oplichters*", "kut*"])
        let findings = try await rule.findings(for: "Stelletje OPLICHTERSBENDE, kutbedrijf!")
        // The reject list is searched first, so "kutbedrijf" is not counted again by the starter list.
        #expect(findings == [Finding(score: 10, reason: "matched 'o********s…' and 'k*t…' from word list nl-strong", action: .reject)])
    }

    @Test func anInlineList() async throws {
        let json = #"{"starterLists": [], "lists": [{"name": "merken", "words": ["Brandweerman Sam", "pluk*"]}]}"#
        let rule = try WordListMatcher.decoded(fromJSON: json)
        #expect(
            try await rule.findings(for: "Ik vond brandweerman  sam vroeger leuk") == [
                Finding(score: 5, reason: "matched 'b**********n s*m' from word list merken", action: .hold)
            ])
    }

    @Test func aListSetInCode() async throws {
        var options = WordListMatcher.Options()
        options.starterLists = []
        options.lists = [WordList(name: "eigen", entries: ["mafkees", "f*out"], action: .reject, score: 3)]
        #expect(
            try await WordListMatcher(options: options).findings(for: "Die mafkees!") == [
                Finding(score: 3, reason: "matched 'm*****s' from word list eigen", action: .reject)
            ])
        let path = try listFile("mafkees\n", name: "eigen.txt")
        let list = try WordList(contentsOf: path, action: .hold)
        #expect(list.name == "eigen")
        #expect(list.entries == ["mafkees"])
        #expect(throws: (any Error).self) { try WordList(contentsOf: path + ".weg") }
    }

    @Test func listsRoundTripAndRereadTheirFile() throws {
        let path = try listFile("mafkees\r\nsukkel\r\n")
        var options = try WordListMatcher.decoded(fromJSON: #"{"lists": [{"path": \#(quoted(path)), "name": "lokaal"}]}"#).options
        options.lists.append(WordList(name: "inline", entries: ["kneus"]))
        #expect(options.lists[0].entries == ["mafkees", "sukkel"])
        let json = String(decoding: try JSONEncoder().encode(options), as: UTF8.self)
        #expect(try WordListMatcher.decoded(fromJSON: json).options == options)
    }

    @Test func emptyJSONKeepsEveryDefault() throws {
        #expect(try WordListMatcher.decoded(fromJSON: "{}").options == WordListMatcher.Options())
    }

    @Test func partialJSONKeepsTheOtherDefaults() throws {
        let options = try WordListMatcher.decoded(fromJSON: #"{"fields": ["body"]}"#).options
        var expected = WordListMatcher.Options()
        expected.fields = [.body]
        #expect(options == expected)
    }

    @Test func everyOptionIsEncoded() throws {
        // Stempel rejects unknown option keys by comparing with the keys the options encode.
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(WordListMatcher.Options())) as? [String: Any]
        #expect(Set(json?.keys.map { $0 } ?? []) == ["starterLists", "lists", "fields"])
    }

    @Test(arguments: [
        (#"{"starterLists": "nl"}"#, ["starterLists"]),
        (#"{"starterLists": ["fr"]}"#, ["starterLists"]),
        (#"{"fields": ["email"]}"#, ["fields"]),
        (#"{"fields": "body"}"#, ["fields"]),
        (#"{"lists": "nl.txt"}"#, ["lists"]),
        (#"{"lists": [{"words": ["a"], "name": "x", "action": "approve"}]}"#, ["lists", "Index 0", "action"]),
        (#"{"lists": [{"words": ["a"], "name": "x", "action": "weigeren"}]}"#, ["lists", "Index 0", "action"]),
        (#"{"lists": [{"words": ["a"], "name": "x", "score": -1}]}"#, ["lists", "Index 0", "score"]),
        (#"{"lists": [{"words": ["a"], "name": "x", "score": "hoog"}]}"#, ["lists", "Index 0", "score"]),
        (#"{"lists": [{"words": ["a"]}]}"#, ["lists", "Index 0", "name"]),
        (#"{"lists": [{"words": ["f*ck"], "name": "x"}]}"#, ["lists", "Index 0", "words"]),
        (#"{"lists": [{"words": ["*twee woorden*"], "name": "x"}]}"#, ["lists", "Index 0", "words"]),
        (#"{"lists": [{"words": ["..."], "name": "x"}]}"#, ["lists", "Index 0", "words"]),
        (#"{"lists": [{"name": "x"}]}"#, ["lists", "Index 0", "path"]),
        (#"{"lists": [{"words": ["a"], "name": "x", "acton": "reject"}]}"#, ["lists", "Index 0", "acton"]),
        (#"{"lists": [{"words": ["a"], "path": "/tmp/a.txt", "name": "x"}]}"#, ["lists", "Index 0", "words"]),
    ])
    func badValuesThrowNamingTheKey(json: String, keys: [String]) {
        let error = #expect(throws: DecodingError.self) { try WordListMatcher.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == keys)
    }

    @Test func aMissingFileThrowsNamingTheKeyAndThePath() {
        let json = #"{"lists": [{"words": ["a"], "name": "x"}, {"path": "/nergens/nl-strong.txt"}]}"#
        let error = #expect(throws: DecodingError.self) { try WordListMatcher.decoded(fromJSON: json) }
        #expect(error?.codingKeyNames == ["lists", "Index 1", "path"])
        #expect("\(String(describing: error))".contains("/nergens/nl-strong.txt"))
        #expect("\(String(describing: error))".contains("no such file"))
    }

    @Test func anUnreadableFileThrowsNamingThePath() throws {
        let path = try listFile("")
        try Data([0xFF, 0xFE, 0x00, 0xD8]).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: DecodingError.self) { try WordListMatcher.decoded(fromJSON: #"{"lists": [{"path": \#(quoted(path))}]}"#) }
        #expect(error?.codingKeyNames == ["lists", "Index 0", "path"])
        #expect("\(String(describing: error))".contains(path))
    }

    @Test func anInvalidLineNamesTheFileAndLine() throws {
        let path = try listFile("# kop\nmafkees\nf*ck\n")
        let error = #expect(throws: DecodingError.self) { try WordListMatcher.decoded(fromJSON: #"{"lists": [{"path": \#(quoted(path))}]}"#) }
        #expect("\(String(describing: error))".contains("line 3"))
    }
}
