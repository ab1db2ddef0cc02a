import ModerationKit
import ModerationKitTesting
import Testing
import WordListRule

/// How fast the rule is, is measured by `stempel bench rules` (docs/performance.md), not here:
/// a timed assertion fails on a busy machine. What a test can hold is that the work grows with
/// the text, not with its square: a long comment full of listed words, which a quadratic scan
/// would take hours over, is judged well within the time limit.
@Suite("WordListMatcher on long input")
struct WordListMatcherSpeedTests {
    @Test(.timeLimit(.minutes(1))) func aLongCommentFullOfListedWordsIsJudgedWithoutBlowingUp() {
        let rule = WordListMatcher(options: .init())
        let paragraph =
            "Wat een herkenbaar verhaal. Ik heb drie weken gewacht op een monteur van de energieleverancier, "
            + "en toen hij eindelijk kwam had hij het verkeerde onderdeel bij zich. Echt een kutbedrijf! "
        let body = String(repeating: paragraph, count: 2_000)  // about 380 KB, 60,000 words
        let submission = Submission.sample(body: body, authorName: "Marieke de Vries", url: "https://marieke.example.nl")
        let findings = rule.evaluate(submission, in: RecordedHistory().context())
        #expect(!findings.isEmpty, "the listed word is found however long the text")
    }
}
