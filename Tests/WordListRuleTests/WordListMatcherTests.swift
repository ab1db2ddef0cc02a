import ModerationKit
import ModerationKitTesting
import Testing
import WordListRule

@Suite("WordListMatcher with default options")
struct WordListMatcherTests {
    let rule = WordListMatcher(options: .init())

    func reasons(_ body: String) async throws -> [String] {
        try await rule.findings(for: body).map(\.reason)
    }

    @Test func identifierAndSummary() {
        #expect(WordListMatcher.identifier == "word-list")
        #expect(!WordListMatcher.summary.isEmpty)
    }

    @Test func defaults() {
        let options = WordListMatcher.Options()
        #expect(options.starterLists == ["nl", "en"])
        #expect(options.lists.isEmpty)
        #expect(options.fields == [.body, .authorName, .authorURL])
    }

    @Test func politeFirstCommentIsFine() async throws {
        let submission = Submission.sample(
            body: "Wat een herkenbaar verhaal! Bij ons ging het precies zo met de verzekeraar. Dank voor het delen, en sterkte.",
            authorName: "Dick de Vries",
            url: "https://www.example.nl/blog"
        )
        #expect(rule.evaluate(submission, in: RecordedHistory().context()).isEmpty)
        #expect(try await rule.findings(for: "Great column, thanks for sharing. Customer service really sucks these days.").isEmpty)
    }

    @Test func aListedWordHolds() async throws {
        let findings = try await rule.findings(for: "Wat een klootzak, die monteur.")
        #expect(findings == [Finding(score: 5, reason: "matched 'k******k' from word list nl", action: .hold)])
    }

    @Test func englishWordsAreInTheEnglishList() async throws {
        #expect(try await reasons("What a load of bollocks.") == ["matched 'b******s' from word list en"])
    }

    @Test(arguments: [
        "Wat een KUT bedrijf", "wat een k.u.t bedrijf", "wat een k u t bedrijf", "wat een k-u-t bedrijf", "wat een kuuuuut bedrijf",
        "wat een kùt bedrijf", "wat een K\u{200B}UT bedrijf", "wat een ｋｕｔ bedrijf", "wat een kutbedrijf", "KUTSERVICE!!", "k.u.u.u.t",
    ])
    func disguisesAreSeenThrough(_ body: String) async throws {
        #expect(try await reasons(body) == ["matched 'k*t…' from word list nl"])
    }

    @Test(arguments: [
        ("Wat een 5let", "matched 's**t' from word list nl"),
        ("Die $l3t", "matched 's**t' from word list nl"),
        ("1u1", "matched 'l*l' from word list nl"),
        ("h0er", "matched 'h**r' from word list nl"),
        ("sh1t man", "matched 's**t' from word list nl"),
        ("f u c k this", "matched 'f**k' from word list en"),
        ("F.U.C.K.", "matched 'f**k' from word list en"),
        ("fuuuuck", "matched 'f**k' from word list en"),
        ("@sshole", "matched 'a*****e' from word list en"),
        ("b1tch", "matched 'b***h' from word list en"),
    ])
    func leetspeakIsSeenThrough(body: String, reason: String) async throws {
        #expect(try await reasons(body) == [reason])
    }

    @Test(arguments: [
        "Dat vond ik nogal lullig van ze.",  // lul
        "Hoera, het pakket is er eindelijk!",  // hoer
        "Mijn zool sleet binnen een maand.",  // slet
        "Ze is summa cum laude afgestudeerd.",  // cum (removed)
        "Liefs, Anna xx",  // xx (removed)
        "Ik pik het niet langer en ik baal er flink van.",  // pik, balen (removed)
        "De loodgieter heeft de pijpen vervangen en het gat gedicht.",  // pijpen, gat (removed)
        "Mijn nicht breide een muts en ging naaien.",  // nicht, muts, naaien (removed)
        "Die monteur was gewoon lui.",  // lui shares its lookup key with lul
        "Ik voel me bedonderd en belazerd door de klantenservice.",  // bedonderen, belazeren (removed)
        "Dick Bruna tekende Nijntje; de Ford Escort was een sexy auto.",  // dick, escort, sexy (removed)
    ])
    func ordinaryWordsAreNotMatched(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test(arguments: ["kutje", "Kloteweer vandaag", "klotenzooi", "kuttelikkertje"])
    func stemsMatchLongerWords(_ body: String) async throws {
        #expect(try await reasons(body).count == 1)
    }

    @Test func aPhraseMatchesWhateverSeparatesItsWords() async throws {
        #expect(try await reasons("Slik... mijn ZAAD!") == ["matched 's**k m**n z**d' from word list nl"])
        #expect(try await rule.findings(for: "Slik je pil en zet mijn zaad in de tuin").isEmpty)
    }

    @Test func authorNameAndURLAreSearched() async throws {
        let submission = Submission.sample(body: "Netjes geschreven.", authorName: "De Hufter", url: "https://kutbedrijf.example/")
        let findings = rule.evaluate(submission, in: RecordedHistory().context())
        #expect(findings.map(\.reason) == ["matched 'h****r' (author name) and 'k*t…' (author URL) from word list nl"])
    }

    @Test func manyMatchesAreCountedAfterThree() async throws {
        let body = "hufter, klootzak, rotzak, schoft en nog eens hufter"
        #expect(try await reasons(body) == ["matched 'h****r', 'k******k', 'r****k' and 1 more from word list nl"])
    }

    @Test func aWordInBothStarterListsCountsOnce() async throws {
        let findings = try await rule.findings(for: "shit, weer geen bereik")
        #expect(findings.map(\.reason) == ["matched 's**t' from word list nl"])
    }

    @Test func twoListsGiveTwoFindings() async throws {
        #expect(try await reasons("kut and fuck") == ["matched 'k*t…' from word list nl", "matched 'f**k' from word list en"])
    }

    @Test func emojiEntriesMatchWithAnySkinTone() async throws {
        #expect(try await reasons("Nou, 🖕🏽 voor jullie") == ["matched '🖕' from word list en"])
        #expect(try await rule.findings(for: "Top service 👍🏽😀").isEmpty)
    }

    @Test(arguments: ["", "   ", "!!! ??? ...", "a b", "o.a. d.w.z.", "@ $ @@"])
    func textWithoutListWordsIsFine(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func hostileInputStaysFast() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        // One word of 10,000 spaced letters, and long runs of one accented letter.
        #expect(try await rule.findings(for: String(repeating: "k u ", count: 5_000)).isEmpty)
        #expect(try await rule.findings(for: String(repeating: "ö", count: 20_000)).isEmpty)
        #expect(try await rule.findings(for: String(repeating: "kut ", count: 5_000)).count == 1)
        // Generous for a debug build among parallel tests; a quadratic scan would take minutes.
        #expect(clock.now - start < .seconds(20))
    }
}
