import Foundation
import Syndication
import Testing

@Suite("HTMLSanitizer: XSS corpora (bluemonday, DOMPurify)")
struct XSSCorpusTests {
    let sanitizer = HTMLSanitizer()

    @Test func fixturesAreLoaded() {
        #expect(XSSFixtures.bluemonday.count > 150)
        #expect(XSSFixtures.dompurify.count > 200)
    }

    @Test(arguments: [nil, URL(string: "https://columns.example.nl/columns/x")])
    func everyPayloadIsNeutralisedAndStable(_ base: URL?) {
        for payload in XSSFixtures.all {
            let output = sanitizer.sanitize(payload, baseURL: base)
            #expect(!output.lowercased().contains("<script"), "\(payload) → \(output)")
            #expect(output.wholeMatch(of: /(?is).*<[^>]*\son[a-z]+\s*=.*/) == nil, "\(payload) → \(output)")
            #expect(!output.lowercased().contains(#"href="javascript:"#), "\(payload) → \(output)")
            #expect(SanitizedMarkup.violations(in: output).isEmpty, "\(payload) → \(output)")
            #expect(sanitizer.sanitize(output, baseURL: base) == output, "not idempotent: \(payload) → \(output)")
        }
    }

    @Test func concurrentUseGivesTheSameResults() async {
        let payloads = XSSFixtures.all
        let expected = payloads.map { sanitizer.sanitize($0) }
        await withTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask { payloads.map { HTMLSanitizer().sanitize($0) } }
            }
            for await results in group {
                #expect(results == expected)
            }
        }
    }

    @Test func benignMarkupSurvives() {
        let html = #"<p>Zie <a href="https://example.nl/">dit</a>, <em>echt</em> <strong>waar</strong>.</p><blockquote><p>Citaat</p></blockquote>"#
        #expect(sanitizer.sanitize(html) == html.replacingOccurrences(of: #"/">"#, with: #"/" rel="nofollow ugc">"#))
    }
}
