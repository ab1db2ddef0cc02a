import ArgumentParser
import Foundation
import Syndication

/// `stempel sanitize`: cleans HTML from standard input with the sanitizer ingestion uses.
struct SanitizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanitize",
        abstract: "Sanitize HTML read from standard input, as ingestion does, and print it.",
        discussion: """
            Keeps paragraphs, line breaks, emphasis, quotes, lists, code and http, https and mailto \
            links (with rel="nofollow ugc"); removes everything else. With --json-lines, each input \
            line is one JSON string of HTML and each output line the JSON string of its sanitized \
            form, in the same order.
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Read and write JSON Lines: one JSON string of HTML per line.")
    var jsonLines = false

    @Flag(help: "Print the text a reader would see instead of HTML (as titles and author names are stored).")
    var plainText = false

    @Option(help: "Resolve relative links against this URL (without it, relative links are dropped).")
    var base: String?

    func validate() throws {
        if let base, URL(string: base)?.scheme == nil { throw ValidationError("--base must be an absolute URL, not '\(base)'") }
    }

    func run() async throws {
        let sanitizer = HTMLSanitizer()
        let baseURL = base.flatMap { URL(string: $0) }
        let clean = { (html: String) in plainText ? sanitizer.plainText(html) : sanitizer.sanitize(html, baseURL: baseURL) }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        guard jsonLines else {
            print(clean(String(decoding: input, as: UTF8.self)))
            return
        }
        var output = Data()
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        for (number, line) in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }) else { continue }
            let html: String
            do {
                html = try decoder.decode(String.self, from: Data(line))
            } catch {
                throw ValidationError("line \(number + 1) of standard input is not a JSON string")
            }
            output.append(try encoder.encode(clean(html)))
            output.append(UInt8(ascii: "\n"))
            if output.count >= 1 << 16 {
                FileHandle.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(output)
    }
}
