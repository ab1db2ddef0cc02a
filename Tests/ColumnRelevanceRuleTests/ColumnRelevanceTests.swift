import ColumnRelevanceRule
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("ColumnRelevance with default options")
struct ColumnRelevanceTests {
    let rule = ColumnRelevance(options: .init())

    func findings(_ body: String, on column: ColumnInfo = SampleColumns.bakery, url: String? = nil) async throws -> [Finding] {
        try await rule.evaluate(.sample(body: body, url: url, column: column.slug), in: SampleColumns.history.context())
    }

    @Test func identifierAndSummary() {
        #expect(ColumnRelevance.identifier == "column-relevance")
        #expect(!ColumnRelevance.summary.isEmpty)
    }

    @Test func defaults() {
        let options = ColumnRelevance.Options()
        #expect(options.minimumSharedWords == 2)
        #expect(options.relevanceScore == -1)
        #expect(options.praiseScore == 3)
        #expect(options.countAuthorURL == true)
    }

    @Test func noColumnNoFinding() async throws {
        #expect(try await rule.findings(for: "Great post! Visit my site www.cheap-loans.example").isEmpty)
        let unknown = Submission.sample(body: "Great post! Visit my site www.cheap-loans.example", column: "onbekend")
        #expect(try await rule.evaluate(unknown, in: SampleColumns.history.context()).isEmpty)
    }

    @Test func aCommentAboutTheColumnCountsForIt() async throws {
        let findings = try await findings("Bij onze bakker kreeg ik ook eens een krentenbol omdat ik moest wachten.")
        #expect(findings == [Finding(score: -1, reason: "shares 3 words with the column (bakker, krentenbol, wachten)")])
    }

    @Test func theReasonNamesThreeWordsAtMost() async throws {
        let findings = try await findings("De bakker, de toonbank, de krentenbol en het volkorenbrood: zaterdagochtend is het altijd vol.")
        // bakker, toonbank, krentenbol, volkorenbrood, zaterdagochtend and vol ("de winkel was vol").
        #expect(findings.map(\.reason) == ["shares 6 words with the column (bakker, toonbank, krentenbol, …)"])
    }

    @Test func englishColumn() async throws {
        let findings = try await findings("I love hardware stores, the man drawing doors is brilliant.", on: SampleColumns.hardwareStore)
        #expect(findings.map(\.reason) == ["shares 4 words with the column (hardware, stores, man, …)"])
    }

    @Test func pluralsDiminutivesAndAccentsMatch() async throws {
        // bakkers ~ bakker, broodjes ~ brood, TOONBANK ~ toonbank, kréntenbol ~ krentenbol.
        let findings = try await findings("Die bakkers met hun broodjes achter de TOONBANK, en een kréntenbol!")
        #expect(findings.map(\.reason) == ["shares 4 words with the column (bakkers, broodjes, toonbank, …)"])
    }

    @Test func tagsAndTitleCount() async throws {
        let column = ColumnInfo(slug: "tags", title: "Wachttijden", tags: ["energieleverancier", "klantenservice"], text: "")
        var history = RecordedHistory()
        history.record(column)
        let submission = Submission.sample(body: "Mijn energieleverancier had ook zulke wachttijden.", column: "tags")
        #expect(try await rule.evaluate(submission, in: history.context()).map(\.score) == [-1])
    }

    @Test(arguments: [
        "Wat een herkenbaar verhaal, dank je wel!",
        "Mooi geschreven, ik kijk uit naar de volgende.",
        "What a lovely story, thank you for writing it.",
        "Alleen de bakker is hetzelfde, verder niets.",
    ])
    func ordinaryCommentsWithoutSharedWordsAreNoFinding(_ body: String) async throws {
        #expect(try await findings(body).isEmpty)
    }

    @Test(arguments: [
        "Great post! Visit my site www.cheap-loans.example",
        "Leuk artikel, kijk ook eens op mijn site www.mijnsite.nl",
        "Nice article, thanks for sharing. https://seo-services.example/offer",
        "Bedankt voor het delen! Meer tips op mijnsite.nl",
        "AWESOME POST!!! cheap-loans.example/apply",
    ])
    func genericPraiseWithALinkAndNothingAboutTheColumn(_ body: String) async throws {
        #expect(try await findings(body) == [Finding(score: 3, reason: "generic praise with a link, nothing about the column")])
    }

    @Test func theAuthorsURLCountsAsTheLink() async throws {
        let findings = try await findings("Great post, keep up the good work!", url: "https://cheap-loans.example")
        #expect(findings.map(\.score) == [3])
        #expect(try await self.findings("Great post, keep up the good work!", url: "  ").isEmpty)
    }

    @Test func praiseWithOneSharedWordIsStillGeneric() async throws {
        let findings = try await findings("Great post about the bakker! Visit www.cheap-loans.example")
        #expect(findings == [Finding(score: 3, reason: "generic praise with a link, only 1 word shared with the column (bakker)")])
    }

    @Test func praiseAboutTheColumnIsAboutTheColumn() async throws {
        let findings = try await findings("Leuk artikel! Onze bakker geeft ook een krentenbol, zie www.onzebakker.nl")
        #expect(findings.map(\.score) == [-1])
    }

    @Test(arguments: [
        "Great post, thanks for sharing!",  // no link
        "Zie www.nos.nl voor het nieuws van vandaag.",  // a link, no praise
        "De supermarkt heeft een topic op www.forum.example",  // "super" and "top" only inside words
    ])
    func praiseOrALinkAloneIsNoFinding(_ body: String) async throws {
        #expect(try await findings(body).isEmpty)
    }
}
