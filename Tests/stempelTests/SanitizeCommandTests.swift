import Foundation
import Testing

@Suite struct SanitizeCommandTests {
    @Test func sanitizesStandardInput() throws {
        let result = try StempelProcess.run(
            ["sanitize"], input: #"<p onclick="x()">Hoi <a href="javascript:alert(1)">daar</a><script>alert(1)</script></p>"#)
        #expect(result.status == 0, "stderr: \(result.errors)")
        #expect(result.output == "<p>Hoi daar</p>\n")
    }

    @Test func resolvesRelativeLinksAgainstTheBase() throws {
        let result = try StempelProcess.run(["sanitize", "--base", "https://example.nl/columns/"], input: #"<a href="x">x</a>"#)
        #expect(result.output == #"<a href="https://example.nl/columns/x" rel="nofollow ugc">x</a>"# + "\n")
    }

    @Test func printsPlainText() throws {
        let result = try StempelProcess.run(["sanitize", "--plain-text"], input: "De <em>bakker</em> &amp;\n zijn brood<script>x</script>")
        #expect(result.output == "De bakker & zijn brood\n")
    }

    @Test func jsonLinesInOrder() throws {
        let inputs = ["<b>een</b>", "<img src=x onerror=alert(1)>twee", "drie\nmet regel", "<a href=\"https://example.nl/\">vier</a>", ""]
        let lines = try inputs.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        let result = try StempelProcess.run(["sanitize", "--json-lines"], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "stderr: \(result.errors)")
        let outputs = try result.output.split(separator: "\n").map { try JSONDecoder().decode(String.self, from: Data($0.utf8)) }
        #expect(outputs == ["<b>een</b>", "twee", "drie\nmet regel", #"<a href="https://example.nl/" rel="nofollow ugc">vier</a>"#, ""])
    }

    @Test func jsonLinesRefusesOtherJSON() throws {
        let result = try StempelProcess.run(["sanitize", "--json-lines"], input: "\"ok\"\n{\"html\": 1}\n")
        #expect(result.status != 0)
        #expect(result.errors.contains("line 2"))
    }

    @Test func manyLinesComeBackComplete() throws {
        let count = 3_000
        let input = (0..<count).map { #""<p>regel \#($0)</p><script>x</script>""# }.joined(separator: "\n")
        let result = try StempelProcess.run(["sanitize", "--json-lines"], input: input)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == count)
        #expect(lines.last == #""<p>regel \#(count - 1)</p>""#)
    }
}
