import LanguageRule
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("LanguageDetector with default options")
struct LanguageDetectorTests {
    let rule = LanguageDetector(options: .init())

    @Test func identifierAndSummary() {
        #expect(LanguageDetector.identifier == "language")
        #expect(!LanguageDetector.summary.isEmpty)
    }

    @Test func defaults() {
        let options = LanguageDetector.Options()
        #expect(options.accepted == ["nl", "en"])
        #expect(options.minimumLetters == 20)
        #expect(options.minimumConfidence == 0.2)
        #expect(options.score == 5)
    }

    @Test func knownLanguages() {
        #expect(LanguageDetector.knownLanguages == ["nl", "en", "de", "fr", "es", "it", "pt", "id", "tr", "pl", "el", "he", "ja", "ko", "th", "zh"])
    }

    @Test(arguments: [
        "Wat een herkenbaar verhaal, bij mijn bank ging het precies zo.",
        "Ik heb dezelfde ervaring met de klantenservice van mijn energieleverancier.",
        "What a recognisable story, exactly the same happened to me at my bank.",
        "I had the very same experience with my energy supplier's customer service.",
        "Mooi geschreven! Heel herkenbaar, vooral dat stuk over de wachtmuziek.",
    ])
    func politeDutchAndEnglishAreNoFinding(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func germanIsHeld() async throws {
        let findings = try await rule.findings(for: "Das ist wirklich ein schöner Artikel, vielen Dank dafür!")
        #expect(findings == [Finding(score: 5, reason: "written in German (de), not an accepted language (nl, en)")])
    }

    @Test(arguments: [
        ("Quel beau texte, j'ai vécu exactement la même chose avec ma banque.", "French (fr)"),
        ("Qué texto tan bonito, a mí me pasó exactamente lo mismo con mi banco.", "Spanish (es)"),
        ("Che bel testo, a me è successa esattamente la stessa cosa con la mia banca.", "Italian (it)"),
        ("Que texto tão bonito, comigo aconteceu exatamente o mesmo com o meu banco.", "Portuguese (pt)"),
        ("Tulisan yang bagus sekali, saya juga mengalami hal yang sama dengan bank saya.", "Indonesian (id)"),
        ("Çok güzel bir yazı, bankamla ben de tam olarak aynı şeyi yaşadım.", "Turkish (tr)"),
        ("Piękny tekst, z moim bankiem przeżyłem dokładnie to samo.", "Polish (pl)"),
    ])
    func otherTrainedLanguagesAreHeld(body: String, language: String) async throws {
        let findings = try await rule.findings(for: body)
        #expect(findings.map(\.reason) == ["written in \(language), not an accepted language (nl, en)"])
        #expect(findings.map(\.score) == [5])
    }

    @Test(arguments: [
        "Super herkenbaar! Mijn laptop had een update nodig en de helpdesk zei dat ik moest rebooten.",
        "Haha, so true. De meeting duurde weer veel te lang en niemand had de slides gecheckt.",
        "Ik vind dit echt een top artikel, de customer service van die webshop is next level slecht.",
        "Die feedback van de manager was best oké, maar de deadline voor het project bleef gewoon staan.",
        "Ik heb de app gedownload, mijn account gecheckt en toen bleek de cashback nooit uitbetaald.",
    ])
    func dutchWithEnglishLoanwordsIsDutch(_ body: String) async throws {
        #expect(rule.identify(body)?.code == "nl")
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test(arguments: ["Danke schön!", "Merci beaucoup", "Muchas gracias", "Grazie mille!", "Dziękuję", "Teşekkürler"])
    func shortTextIsNeverAFinding(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test(arguments: [
        // Half German, half Dutch: neither is sure enough to hold, and the Dutch half is accepted.
        "Das ist wirklich gut geschrieben, maar ik ben het er niet helemaal mee eens.",
        "Sehr schön, danke. Ik vond het ook een mooi verhaal om te lezen.",
        "C'est vraiment magnifique, I really loved reading this story.",
    ])
    func mixedTextIsNotHeld(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func identifyReportsTheLanguageAndConfidence() throws {
        let found = try #require(rule.identify("Das ist wirklich ein schöner Artikel, vielen Dank dafür!"))
        #expect(found.code == "de")
        #expect(found.name == "German")
        #expect(found.confidence > 0.2 && found.confidence < 1)
        #expect(rule.identify("") == nil)
        #expect(rule.identify("12345 !!! 😀") == nil)
    }

    @Test func ignoresTheAuthorAndHistory() async throws {
        var history = RecordedHistory()
        history.record(.sample(body: "Das ist wirklich ein schöner Artikel, vielen Dank dafür!"), approved: true)
        let submission = Submission.sample(body: "Wat een herkenbaar verhaal, dank je wel.", authorName: "Klaus Müller", url: "https://beispiel.de")
        #expect(rule.evaluate(submission, in: history.context()).isEmpty)
    }
}
