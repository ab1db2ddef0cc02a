import ModerationKit
import ModerationKitTesting
import SpamClassifierRule
import Testing

@Suite("SpamClassifier features")
struct SpamClassifierFeatureTests {
    let rule = SpamClassifier(options: .init())

    func features(_ body: String, url: String? = nil) -> Set<String> {
        rule.features(of: .sample(body: body, url: url))
    }

    @Test func wordsBigramsHostsAndMeta() {
        #expect(
            features("Gratís VIAGRA!! Check out http://www.Cheap.Example/pills now, don't wait") == [
                "gratis", "viagra", "check", "out", "now", "dont", "wait",
                "gratis viagra", "viagra check", "check out", "out now", "now dont", "dont wait",
                "host:cheap.example", "meta:link", "meta:capitals-10-29%", "meta:words-4-10",
            ]
        )
    }

    @Test func deterministic() {
        let body = "Earn $500 a day with bitcoin at https://crypto-profit.example/join, call 0612345678 now!"
        #expect(features(body) == features(body))
        #expect(rule.features(of: .sample(body: body, authorName: "A")) == rule.features(of: .sample(body: body, authorName: "B")))
    }

    @Test func accentsAreFolded() {
        let words = features("Één café in Zürich, ĳs en STRASSE straße cafe\u{301}").filter { !$0.contains(" ") && !$0.contains(":") }
        #expect(words == ["een", "cafe", "in", "zurich", "ijs", "en", "strasse"])
    }

    @Test func oneLetterWordsAreLeftOutOfWordsAndBigrams() {
        let found = features("I love u so much")
        #expect(found.contains("love"))
        #expect(!found.contains("i") && !found.contains("u"))
        #expect(found.contains("love so"))
    }

    @Test(arguments: [
        ("kijk op mijnsite.nl voor meer", "host:mijnsite.nl"),
        ("bestel op cheap.example/pills vandaag", "host:cheap.example"),
        ("zie www.voorbeeld.example", "host:voorbeeld.example"),
        ("(https://user@evil.example:8080/x?y=1)", "host:evil.example"),
        ("HTTPS://WWW.SHOUTING.EXAMPLE/PAGE", "host:shouting.example"),
    ])
    func linkHosts(body: String, host: String) {
        let found = features(body)
        #expect(found.contains(host))
        #expect(found.contains("meta:link"))
    }

    @Test(arguments: ["Ik was klaar.Dus ging ik weg", "Het kostte 3.50 euro", "Einde van de zin. Nieuwe zin.", "Versie 2.0 is uit"])
    func dotsInTextAreNotLinks(_ body: String) {
        #expect(!features(body).contains("meta:link"))
    }

    @Test func authorURL() {
        let found = features("Leuk stuk", url: "https://www.spam-site.example/page")
        #expect(found.isSuperset(of: ["meta:author-url", "host:spam-site.example"]))
        #expect(!found.contains("meta:link"))
        #expect(features("Leuk stuk", url: "spam-site.example").contains("host:spam-site.example"))
        #expect(!features("Leuk stuk", url: "").contains("meta:author-url"))
    }

    @Test func otherMetaFeatures() {
        #expect(features("mail me at winner@prize.example today").contains("meta:email"))
        #expect(features("bel 0612345678 voor info").contains("meta:long-number"))
        #expect(!features("bel 061234 voor info").contains("meta:long-number"))
        #expect(features("dit is " + String(repeating: "a", count: 30)).contains("meta:long-word"))
        #expect(features("FREE MONEY CLICK HERE NOW").contains("meta:capitals-60-100%"))
        #expect(features("gewoon een nette reactie").contains("meta:capitals-0-9%"))
        #expect(!features("Ok").contains { $0.hasPrefix("meta:capitals") })
        #expect(features(String(repeating: "woord ", count: 40)).contains("meta:words-31+"))
    }

    @Test(arguments: ["", "   \n\t ", "?!?.,;:-", "😀😀😀🎉🎉👍🏽👨‍👩‍👧‍👦"])
    func textWithoutWords(_ body: String) {
        #expect(features(body) == ["meta:words-0-3"])
    }

    @Test func otherScriptsAreWords() {
        #expect(features("Спасибо за статью").isSuperset(of: ["спасибо", "за", "статью", "спасибо за"]))
    }

    // A quadratic scan of the hostile text would take far longer than the time limit.
    @Test(.timeLimit(.minutes(1))) func veryLongTextIsBounded() {
        let body = (0..<5_000).map { "woord\($0)" }.joined(separator: " ")
        let found = features(body)
        #expect(found.count { !$0.contains(" ") && !$0.contains(":") } == 300)
        _ = features(String(repeating: "<", count: 1_000_000) + " " + String(repeating: "a.", count: 100_000))
    }
}
