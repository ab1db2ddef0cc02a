import Foundation
import Testing

@Suite struct RulesCommandTests {
    @Test func listsEveryRuleWithItsOptions() throws {
        let result = try StempelProcess.run(["rules", "--database", "/nonexistent/x.sqlite"])
        #expect(result.status == 0, "\(result.errors)")
        let rules = result.output.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("policy") }
        #expect(rules.count >= 9)
        #expect(result.output.contains("first-time-author (off"))
        #expect(result.output.contains("  options.capitalShare: 0.7"))
    }

    @Test func theShippedExampleIsTheGeneratedOneAndLoads() throws {
        let generated = try StempelProcess.run(["rules", "--yaml"])
        let shipped = try String(contentsOf: StempelProcess.packageRoot.appendingPathComponent("stempel.example.yaml"), encoding: .utf8)
        #expect(generated.output == shipped, "regenerate it with `swift run stempel rules --yaml > stempel.example.yaml`")
        let check = try StempelProcess.run(
            ["check", "--json", "--config", "stempel.example.yaml", "--database", "/nonexistent/x.sqlite"],
            input: "Wat een mooi verhaal, herkenbaar!"
        )
        #expect(check.output.contains(#""status":"approved""#), "\(check.errors)")
    }

    @Test func aMistypedOptionIsNamed() throws {
        let directory = try StempelProcess.temporaryDirectory()
        let config = directory.appendingPathComponent("stempel.yaml")
        try "rules:\n  link-limit:\n    options:\n      maximumLinkz: 3\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try StempelProcess.run(["rules", "--config", config.path])
        #expect(result.status != 0)
        #expect(result.errors.contains("rules.link-limit.options.maximumLinkz: unknown option"))
    }
}
