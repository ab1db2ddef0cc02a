import LanguageRule
import ModerationKit
import ModerationKitTesting
import Testing

@Suite("LanguageDetector on scripts, addresses and edge cases")
struct LanguageDetectorEdgeCaseTests {
    let rule = LanguageDetector(options: .init())

    @Test(arguments: [
        ("Это очень хорошая статья, спасибо большое за ваш рассказ.", "Cyrillic script"),
        ("هذا مقال جيد جدا وأنا أحببته كثيرا، شكرا لك على المشاركة", "Arabic script"),
        ("這是一篇非常好的文章，我很喜歡這個故事，真的很棒，謝謝你的分享。", "Chinese (zh)"),
        ("これはとても良い記事です。この話が本当に好きです。ありがとうございました。", "Japanese (ja)"),
        ("정말 좋은 기사입니다. 이 이야기를 정말 좋아합니다. 공유해 주셔서 감사합니다.", "Korean (ko)"),
        ("Πολύ ωραίο άρθρο, ευχαριστώ που το γράψατε.", "Greek (el)"),
    ])
    func otherScriptsAreToldByTheirScript(body: String, language: String) async throws {
        #expect(try await rule.findings(for: body).map(\.reason) == ["written in \(language), not an accepted language (nl, en)"])
    }

    @Test func halfInAnotherScriptIsTooMixed() async throws {
        // 22 Latin letters, 22 Cyrillic: the Latin half is English, which is accepted.
        #expect(try await rule.findings(for: "Thanks for the article, спасибо за статью друг").isEmpty)
    }

    @Test(arguments: [
        "",
        "   \n\t ",
        "?!?.,;:-",
        "12345 678 90",
        "😀😀😀🎉🎉👍🏽👨‍👩‍👧‍👦",
        "Top!",
    ])
    func textWithoutEnoughLettersIsFine(_ body: String) async throws {
        #expect(try await rule.findings(for: body).isEmpty)
    }

    @Test func emojiDoNotHideTheLanguage() async throws {
        let findings = try await rule.findings(for: "🎉🎉 Das ist wirklich ein schöner Artikel, vielen Dank dafür! 👍🏽")
        #expect(findings.map(\.reason) == ["written in German (de), not an accepted language (nl, en)"])
        #expect(try await rule.findings(for: "🎉🎉 Wat een herkenbaar verhaal, dank je wel! 👍🏽").isEmpty)
    }

    @Test func addressesAreNotText() async throws {
        // Only the address has letters: too few letters to judge.
        #expect(try await rule.findings(for: "https://www.beispiel-webseite.de/artikel/schoenes-wetter-heute").isEmpty)
        #expect(try await rule.findings(for: "www.zeitungsartikel-lesen.de info@kundendienst-beispiel.de").isEmpty)
        // A Dutch comment with a German address stays Dutch.
        let body = "Lees ook dit stuk: https://www.beispiel.de/wirtschaft/kundendienst-ist-wichtig, heel herkenbaar."
        #expect(rule.identify(body)?.code == "nl")
    }

    @Test func capitalsAndAccentsAreFolded() async throws {
        let findings = try await rule.findings(for: "DAS IST WIRKLICH EIN SCHÖNER ARTIKEL, VIELEN DANK DAFÜR!")
        #expect(findings.map(\.reason) == ["written in German (de), not an accepted language (nl, en)"])
        // "İ" lowercases to "i" and a combining dot, which is dropped.
        #expect(rule.identify("İSTANBUL'DA ÇOK GÜZEL BİR GÜN GEÇİRDİK, TEŞEKKÜRLER")?.code == "tr")
    }

    @Test func veryLongTextIsJudgedByItsBeginning() async throws {
        let german = String(repeating: "Das ist wirklich ein schöner Artikel, vielen Dank dafür! ", count: 5_000)
        #expect(try await rule.findings(for: german).count == 1)
        let dutchThenGerman = String(repeating: "Wat een herkenbaar verhaal, dank je wel. ", count: 100) + german
        #expect(try await rule.findings(for: dutchThenGerman).isEmpty)
    }

    // A scan that read the text again per character would run far past the time limit.
    @Test(.timeLimit(.minutes(1))) func hostileInputIsQuick() async throws {
        #expect(try await rule.findings(for: String(repeating: "<", count: 1_000_000)).isEmpty)
        _ = try await rule.findings(for: String(repeating: "a", count: 1_000_000))
        _ = try await rule.findings(for: String(repeating: "ç", count: 1_000_000))
    }
}
