import Foundation
import Testing

@testable import StempelServer

@Suite struct UITextTests {
    @Test func dutchAndEnglishHaveTheSameTexts() {
        #expect(Set(UIText.dutch.keys) == Set(UIText.english.keys))
        #expect(UIText.dutch.values.allSatisfy { !$0.isEmpty } && UIText.english.values.allSatisfy { !$0.isEmpty })
    }

    @Test func everyTextATemplateUsesExistsAndNoTemplateRendersUnescaped() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Sources/StempelServer/WebAssets/Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(names.count >= 6)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            // Triple braces and {{& }} skip escaping; no template may use them.
            #expect(!text.contains("{{{") && !text.contains("{{&"), "\(name)")
            for match in text.matches(of: /\{\{t\.([a-z_]+)\}\}/) {
                #expect(UIText.english[String(match.1)] != nil, "\(name) uses t.\(match.1)")
            }
        }
    }

    @Test func acceptLanguagePicksTheHighestWeightedSupportedLanguage() {
        #expect(UILanguage.fromAcceptLanguage("de-DE, en;q=0.8, nl;q=0.9") == .dutch)
        #expect(UILanguage.fromAcceptLanguage("en-GB,en;q=0.9") == .english)
        #expect(UILanguage.fromAcceptLanguage("fr, de") == nil)
        #expect(UILanguage.fromAcceptLanguage("nl;q=0, en;q=0.1") == .english)
        #expect(UILanguage.fromAcceptLanguage("en, nl") == .english)
    }

    @Test func onlyLocalUIPathsAreFollowedAfterAForm() {
        #expect(ModerationWebUI.localPath("/moderate/items/abc") == "/moderate/items/abc")
        for hostile in ["https://evil.example/", "//evil.example", "/moderate//evil", "/moderate/\\evil", "/elsewhere", nil, "/moderate/a b"] {
            #expect(ModerationWebUI.localPath(hostile) == "/moderate/queue", "\(hostile ?? "nil")")
        }
    }
}
