import ModerationKit
import ModerationKitTesting
import Testing

@testable import ColumnRelevanceRule

@Suite("ColumnRelevance keeps each column's words")
struct ColumnWordCacheTests {
    let comment = "Bij onze bakker kreeg ik ook eens een krentenbol omdat ik moest wachten."

    func reasons(_ rule: ColumnRelevance, _ body: String, on column: ColumnInfo) async throws -> [String] {
        var history = RecordedHistory()
        history.record(column)
        return try await rule.evaluate(.sample(body: body, column: column.slug), in: history.context()).map(\.reason)
    }

    @Test func aColumnIsReadOnceForManyComments() async throws {
        let rule = ColumnRelevance(options: .init())
        let first = try await reasons(rule, comment, on: SampleColumns.bakery)
        for _ in 0..<5 {
            #expect(try await reasons(rule, comment, on: SampleColumns.bakery) == first)
        }
        #expect(first == ["shares 3 words with the column (bakker, krentenbol, wachten)"])
        #expect(rule.columnWords.reads == 1)
    }

    @Test func anEditedTextIsReadAgain() async throws {
        let rule = ColumnRelevance(options: .init())
        var column = SampleColumns.bakery
        #expect(try await reasons(rule, comment, on: column) == ["shares 3 words with the column (bakker, krentenbol, wachten)"])
        column.text = "Een column over iets heel anders."
        // Only the title's "bakker" is left.
        #expect(try await reasons(rule, comment, on: column).isEmpty)
        column.text += " Ik moest wachten op een krentenbol."
        #expect(try await reasons(rule, comment, on: column) == ["shares 3 words with the column (bakker, krentenbol, wachten)"])
        #expect(rule.columnWords.reads == 3)
    }

    @Test func anEditedTitleOrTagIsReadAgain() async throws {
        let rule = ColumnRelevance(options: .init())
        var column = ColumnInfo(slug: "kort", title: "De bakker", tags: ["krentenbol"], text: "")
        #expect(try await reasons(rule, comment, on: column) == ["shares 2 words with the column (bakker, krentenbol)"])
        column.title = "De slager"
        #expect(try await reasons(rule, comment, on: column).isEmpty)
        column.title = "De bakker"
        column.tags = ["wachten", "krentenbol"]
        #expect(try await reasons(rule, comment, on: column) == ["shares 3 words with the column (bakker, krentenbol, wachten)"])
        column.tags = ["wachten"]
        #expect(try await reasons(rule, comment, on: column) == ["shares 2 words with the column (bakker, wachten)"])
        #expect(rule.columnWords.reads == 4)
    }

    @Test func aTextThatOnlyLooksTheSameIsReadAgain() {
        let cache = ColumnWordCache(byteLimit: 1_000)
        // "é" as one scalar, then as "e" and a combining accent: equal as Swift strings, not as bytes.
        let composed = ColumnInfo(slug: "cafe", title: "Caf\u{E9}", tags: [], text: "")
        let decomposed = ColumnInfo(slug: "cafe", title: "Cafe\u{301}", tags: [], text: "")
        #expect(composed == decomposed)
        _ = cache.words(of: composed)
        _ = cache.words(of: decomposed)
        _ = cache.words(of: decomposed)
        #expect(cache.reads == 2)
    }

    @Test func theColumnAskedForLongestAgoMakesRoom() {
        let cache = ColumnWordCache(capacity: 2, byteLimit: 1_000)
        let columns = ["a", "b", "c"].map { ColumnInfo(slug: $0, title: "Titel \($0)", tags: [], text: "bakker") }
        _ = cache.words(of: columns[0])
        _ = cache.words(of: columns[1])
        _ = cache.words(of: columns[0])
        _ = cache.words(of: columns[2])  // pushes out b, asked for longest ago
        #expect(cache.reads == 3)
        _ = cache.words(of: columns[0])
        _ = cache.words(of: columns[2])
        #expect(cache.reads == 3)
        _ = cache.words(of: columns[1])
        #expect(cache.reads == 4)
    }

    @Test func theWordsAreTheColumnsWithinTheByteLimit() {
        let column = ColumnInfo(slug: "grens", title: "Bakker", tags: ["brood"], text: "Een krentenbol en daarna een oven")
        // Title (6 bytes) and tag (5 bytes) leave 19 bytes of text: "Een krentenbol en d".
        let words = ColumnWordCache(byteLimit: 30).words(of: column)
        let stem = { (word: String) in WordScanner.hash(Array(word.utf8), count: WordScanner.stemLength(of: Array(word.utf8))) }
        #expect(words.contains(stem("bakkers")))
        #expect(words.contains(stem("broodjes")))
        #expect(words.contains(stem("krentenbol")))
        #expect(!words.contains(stem("daarna")))
        #expect(!words.contains(stem("oven")))
    }
}
