import ColumnRelevanceRule
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("ColumnRelevance on edge cases")
struct ColumnRelevanceEdgeCaseTests {
    let rule = ColumnRelevance(options: .init())

    func findings(_ body: String, column: ColumnInfo = SampleColumns.bakery) async throws -> [Finding] {
        var history = RecordedHistory()
        history.record(column)
        return try await rule.evaluate(.sample(body: body, column: column.slug), in: history.context())
    }

    @Test(arguments: ["", "   \n\t ", "?!?.,;:-", "😀😀😀🎉🎉👍🏽👨‍👩‍👧‍👦", "12345 678 910"])
    func bodiesWithoutWords(_ body: String) async throws {
        #expect(try await findings(body).isEmpty)
    }

    @Test func emptyColumn() async throws {
        let column = ColumnInfo(slug: "leeg", title: "", tags: [], text: "")
        #expect(try await findings("De bakker gaf een krentenbol.", column: column).isEmpty)
        let praise = try await findings("Great post! Visit www.cheap-loans.example", column: column)
        #expect(praise.map(\.reason) == ["generic praise with a link, nothing about the column"])
    }

    @Test func emojiAndPunctuationDoNotHideWords() async throws {
        #expect(try await findings("🥖🥖 De BAKKER!!! 🥐 en z'n krentenbol 😋").map(\.score) == [-1])
    }

    @Test func otherScripts() async throws {
        let column = ColumnInfo(slug: "ru", title: "Хлеб и булочная", tags: [], text: "Я купил хлеб в булочной.")
        #expect(try await findings("Отличный хлеб, хорошая булочная!", column: column).map(\.score) == [-1])
    }

    @Test func digitsAreNotWords() async throws {
        let column = ColumnInfo(slug: "cijfers", title: "2024 en 1000", tags: ["500"], text: "Het was 2024, niet 1999, en 1000 of 500.")
        #expect(try await findings("Ook in 2024, niet in 1999: 1000 of 500!", column: column).isEmpty)
    }

    // Reading all of these texts again per word would run far past the time limit; a healthy run
    // is not timed, since a machine busy with parallel tests can slow it down.
    @Test(.timeLimit(.minutes(1))) func longCommentsAndColumnsAreBounded() async throws {
        let column = ColumnInfo(
            slug: "lang",
            title: "Lang",
            tags: [],
            text: String(repeating: "Een heel lange column over niets in het bijzonder. ", count: 20_000) + " krentenbol bakker"
        )
        // The words at the end lie beyond the 64 KiB that are read.
        #expect(try await findings("De bakker gaf een krentenbol.", column: column).isEmpty)
        _ = try await findings(String(repeating: "woord ", count: 200_000), column: column)
        _ = try await findings(String(repeating: "<", count: 1_000_000), column: column)
    }
}
