import ModerationKit
import ModerationKitTesting
import ShoutingRule
import Testing

@Suite("ShoutingDetector on Unicode and edge cases")
struct ShoutingDetectorUnicodeTests {
    let rule = ShoutingDetector(options: .init())

    @Test(arguments: [
        "ÉÉN KEER EN NOOIT WEER, ÇA NE VA PAS",
        "E\u{301}E\u{301}N KEER EN NOOIT WEER ZO",  // É as E plus a combining accent
        "DAS IST WIRKLICH ÜBERTRIEBEN",
        "ΑΥΤΟ ΕΙΝΑΙ ΠΟΛΥ ΚΑΚΟ ΑΡΘΡΟ",
        "ЭТО ПРОСТО УЖАСНАЯ СТАТЬЯ",
    ])
    func accentedAndNonLatinCapitalsCount(_ body: String) async throws {
        #expect(try await rule.findings(for: body).map(\.reason) == ["100% of the letters are capitals"])
    }

    @Test(arguments: [
        "één keer en nooit weer, ça ne va pas",
        "Das ist wirklich übertrieben, aber schön geschrieben",
        "這是一篇非常好的文章我很喜歡這個故事真的很棒",
        "هذا مقال جيد جدا وأنا أحببته كثيرا",
    ])
    func lowercaseAndCaselessScriptsAreNotShouting(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func caselessLettersDoNotDiluteTheShare() async throws {
        let findings = try await rule.findings(for: "這是一篇非常好的文章 MAAR DIT IS ECHT TE GEK")
        #expect(findings.map(\.reason) == ["100% of the letters are capitals"])
    }

    @Test(arguments: ["", "   \n\t ", "?!?.,;:-", "... --- ???", "12345 678", "😀😀😀🎉🎉", "👍🏽👨‍👩‍👧‍👦"])
    func textWithoutLettersOrRunsIsFine(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func onlyExclamationMarksIsARun() async throws {
        #expect(try await rule.findings(for: "!!!").map(\.reason) == ["a run of 3 exclamation marks"])
    }

    @Test func emojiDoNotHideShouting() async throws {
        let findings = try await rule.findings(for: "🎉🎉 GEWELDIG NIEUWS VANDAAG 🎉🎉")
        #expect(findings.map(\.reason) == ["100% of the letters are capitals"])
    }

    @Test func addressesAreNotCounted() async throws {
        #expect(try await rule.findings(for: "zie HTTPS://WWW.EXAMPLE.NL/NIEUWS of WWW.KPN.NL en mail INFO@EXAMPLE.NL").isEmpty)
        #expect(try await rule.findings(for: "lees dit: https://example.nl/!!!!").isEmpty)
    }

    @Test func shoutingAroundALowercaseAddressIsStillShouting() async throws {
        let findings = try await rule.findings(for: "KIJK DAN ZELF OP https://example.nl/nieuws/artikel-over-de-map")
        #expect(findings.map(\.reason) == ["100% of the letters are capitals"])
    }

    @Test func digitsAndPunctuationDoNotCount() async throws {
        // 12 capitals, 0 lowercase; digits and signs around them change nothing.
        let findings = try await rule.findings(for: "2024: HET JAAR VAN 100% (!!) WINST")
        #expect(findings.map(\.reason) == ["100% of the letters are capitals"])
    }
}
