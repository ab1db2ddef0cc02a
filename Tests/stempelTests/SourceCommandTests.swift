import Foundation
import Testing

@Suite struct SourceCommandTests {
    @Test func addPollListAndRemoveALocalSource() throws {
        let directory = try StempelProcess.temporaryDirectory()
        let database = directory.appendingPathComponent("stempel.sqlite").path
        let add = try StempelProcess.run(["source", "add", "Feeds/samples/vakblad.rss", "--trusted", "--interval", "2h", "--database", database])
        #expect(add.status == 0 && add.output.contains("added source 1: vakblad.rss"), "\(add.errors)")
        let again = try StempelProcess.run(["source", "add", "Feeds/samples/vakblad.rss", "--database", database])
        #expect(again.status != 0 && again.errors.contains("already subscribed"))

        let poll = try StempelProcess.run(["source", "poll", "--database", database, "--log-level", "error"])
        #expect(poll.output.contains("1 fetched") && poll.output.contains("2 new entries"), "\(poll.output)")
        let list = try StempelProcess.run(["source", "list", "--comments", "--database", database])
        #expect(list.output.contains("200 OK: 2 entries, 2 new") && list.output.contains("interval: 7200 s"), "\(list.output)")
        #expect(list.output.contains("comments on: de-kruidenier-die-alles-bewaarde"))
        #expect(list.output.contains("entries seen: 2"))

        let remove = try StempelProcess.run(["source", "remove", "vakblad.rss", "--database", database])
        #expect(remove.status == 0 && remove.output.contains("removed source 1"))
        #expect(try StempelProcess.run(["source", "list", "--database", database]).output.contains("no sources"))
    }

    @Test func thePollLogShowsEachPollWithItsOutcome() throws {
        let directory = try StempelProcess.temporaryDirectory()
        let database = directory.appendingPathComponent("stempel.sqlite").path
        let empty = try StempelProcess.run(["source", "polls", "--database", database])
        #expect(empty.status == 0 && empty.output.contains("no polls recorded"), "\(empty.errors)")
        _ = try StempelProcess.run(["source", "add", "Feeds/samples/vakblad.rss", "--trusted", "--database", database])
        let poll = try StempelProcess.run(["source", "poll", "--database", database, "--log-level", "error"])
        #expect(poll.status == 0, "\(poll.errors)")

        let polls = try StempelProcess.run(["source", "polls", "vakblad.rss", "--database", database])
        let lines = polls.output.split(separator: "\n")
        #expect(lines.count == 1, "\(polls.output)")
        #expect(lines.first?.contains("source 1 (vakblad.rss)") == true && lines.first?.contains("+2 new") == true, "\(polls.output)")

        // A second round (the entries' comment feeds are sources too): --limit keeps the newest, listed last.
        _ = try StempelProcess.run(["source", "poll", "--all", "--database", database, "--log-level", "error"])
        let all = try StempelProcess.run(["source", "polls", "--json", "--database", database])
        let every = try #require(try JSONSerialization.jsonObject(with: Data(all.output.utf8)) as? [[String: Any]], "\(all.output)")
        #expect(every.count >= 2)
        let starts = every.compactMap { $0["started_at"] as? String }
        #expect(starts.count == every.count && starts == starts.sorted(), "newest last")
        let json = try StempelProcess.run(["source", "polls", "--json", "--limit", "1", "--database", database])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]], "\(json.output)")
        #expect(entries.count == 1)
        #expect(entries.first?["added"] as? Int != nil && entries.first?["poller"] != nil)
        #expect(entries.first?["started_at"] as? String == starts.last)
        #expect(entries.first?["source_id"] as? Int == every.last?["source_id"] as? Int)

        let unknown = try StempelProcess.run(["source", "polls", "geen-bron", "--database", database])
        #expect(unknown.status != 0 && unknown.errors.contains("there is no source 'geen-bron'"), "\(unknown.errors)")
        let badLimit = try StempelProcess.run(["source", "polls", "--limit", "0", "--database", database])
        #expect(badLimit.status != 0 && badLimit.errors.contains("--limit"), "\(badLimit.errors)")
    }

    @Test func badSourcesNameTheField() throws {
        let directory = try StempelProcess.temporaryDirectory()
        let database = directory.appendingPathComponent("stempel.sqlite").path
        let missing = try StempelProcess.run(["source", "add", "no/such/feed.rss", "--database", database])
        #expect(missing.status != 0 && missing.errors.contains("url: the file"))
        let interval = try StempelProcess.run(["source", "add", "https://vakblad.example/rss", "--interval", "soms", "--database", database])
        #expect(interval.status != 0 && interval.errors.contains("interval:"))
    }

    @Test func feedFetchRefusesPrivateAddressesAndOtherSchemes() throws {
        for url in ["http://127.0.0.1:9/feed", "http://[::ffff:10.0.0.1]/", "http://2130706433/", "file:///etc/passwd"] {
            let result = try StempelProcess.run(["feed", "fetch", url])
            #expect(result.status == 1, "\(url)")
            #expect(result.errors.contains("refused:"), "\(url): \(result.errors)")
        }
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let directory = try StempelProcess.temporaryDirectory()
        let database = directory.appendingPathComponent("stempel.sqlite").path
        let add = try StempelProcess.run(["source", "add", "Feeds/samples/vakblad.rss", "--name", "Vak\u{1b}[31mblad", "--database", database])
        #expect(add.status == 0, "\(add.errors)")
        let list = try StempelProcess.run(["source", "list", "--database", database])
        #expect(list.output.contains("Vak\\u{1b}[31mblad"), "\(list.output)")
        #expect(!list.output.unicodeScalars.contains("\u{1b}"))
    }
}
