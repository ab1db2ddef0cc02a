import Foundation
import Testing

@testable import StempelServer

@Suite struct CommentValidatorCleanTests {
    /// What `clean` did before its byte-level shortcut: every answer must stay the same.
    private static func reference(_ text: String) -> String? {
        let scalars = text.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || $0.properties.generalCategory != .control }
        let cleaned = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespacesAndNewlines)
        return cleaned.isEmpty ? nil : cleaned
    }

    @Test func answersAsTheScalarWalkDoesForEveryKindOfText() {
        let pieces = [
            "Mooi", " verhaal", "ë", "é", "😀", "a", "Z", "~", "!", " ", "\t", "\n", "\r", "\u{0}", "\u{1b}", "\u{7f}", "\u{80}", "\u{85}",
            "\u{9f}", "\u{a0}", "\u{a9}", "\u{2028}", "\u{200b}", "\u{feff}", "\u{3000}", "ñ",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(CommentValidator.clean(text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(CommentValidator.clean(nil) == nil)
    }

    @Test(arguments: ["\u{0}", "a\u{1f}", "\u{7f}", "x\u{80}", "\u{9f}y", "tab\u{b}"])
    func findsEveryControlCharacter(text: String) {
        #expect(CommentValidator.hasControlCharacter(text))
    }

    @Test(arguments: ["", "regel\nregel", "kolom\tkolom", "\u{a0}", "\u{a9}", "ë", "😀", "\u{2028}"])
    func findsNoneWhereThereIsNone(text: String) {
        #expect(!CommentValidator.hasControlCharacter(text))
    }
}
