import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Starts the real server on a real socket, as `swift run stempel serve` does, and talks HTTP to it.
@Suite(.serialized) struct ServeCommandTests {
    private struct RunningServer {
        let process: Process
        let base: URL
        let errors: Pipe

        func request(_ path: String, method: String = "GET", json: String? = nil) async throws -> (Int, String, [AnyHashable: Any]) {
            var request = URLRequest(url: base.appendingPathComponent(path))
            request.httpMethod = method
            if let json {
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
                request.httpBody = Data(json.utf8)
            }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as? HTTPURLResponse
            return (http?.statusCode ?? 0, String(decoding: data, as: UTF8.self), http?.allHeaderFields ?? [:])
        }
    }

    private func start(database: URL, extra: [String] = []) async throws -> RunningServer {
        let port = try FreePort.pick()
        let process = Process()
        process.executableURL = StempelProcess.executable
        process.arguments = ["serve", "--port", "\(port)", "--database", database.path] + extra
        process.currentDirectoryURL = StempelProcess.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["STEMPEL_RULE_TIMEOUT_MS": "10000", "STEMPEL_RATE_LIMITS": "off"]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let server = RunningServer(process: process, base: URL(string: "http://127.0.0.1:\(port)")!, errors: errors)
        // Up to 30 s: a debug build starting among many parallel tests can be slow.
        for _ in 0..<300 {
            if let (status, _, _) = try? await server.request("/healthz"), status == 200 { return server }
            try await Task.sleep(for: .milliseconds(100))
        }
        process.terminate()
        throw CancellationError()
    }

    private func commentCount(inFeed atom: String, slug: String) -> Int? {
        // The entry for the column carries its count in an RFC 4685 replies link.
        guard let entry = atom.components(separatedBy: "<entry").first(where: { $0.contains(slug) }),
            let range = entry.range(of: #"thr:count="(\d+)""#, options: .regularExpression)
        else { return nil }
        return Int(entry[range].filter(\.isNumber))
    }

    @Test func serveLoadsSamplesModeratesPublishesAndStopsOnSIGTERM() async throws {
        let directory = try StempelProcess.temporaryDirectory()
        let database = directory.appendingPathComponent("stempel.sqlite")
        let server = try await start(database: database)

        let (_, list, _) = try await server.request("/api/v1/columns")
        let columns = try #require((try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [String: Any])?["columns"] as? [[String: Any]])
        #expect(columns.count >= 5)
        let slug = try #require(columns.first?["slug"] as? String)

        let (_, before, _) = try await server.request("/feeds/columns.atom")
        let countBefore = commentCount(inFeed: before, slug: slug) ?? 0

        let (status, created, headers) = try await server.request(
            "/api/v1/columns/\(slug)/comments",
            method: "POST",
            json: #"{"author": {"name": "Lezer"}, "body": "Wat een mooi verhaal, herkenbaar!"}"#
        )
        #expect(status == 201)
        #expect(created.contains(#""status":"approved""#))
        #expect((headers["Location"] as? String)?.hasPrefix("/api/v1/comments/") == true)

        let (_, shout, _) = try await server.request(
            "/api/v1/columns/\(slug)/comments",
            method: "POST",
            json: #"{"author": {"name": "Lezer"}, "body": "JA, MAAR DIE MAP IS NIET NIEUW MEER!"}"#
        )
        #expect(shout.contains(#""status":"held""#))

        let (missing, problem, problemHeaders) = try await server.request(
            "/api/v1/columns/bestaat-niet/comments",
            method: "POST",
            json: #"{"author": {"name": "Lezer"}, "body": "Hallo"}"#
        )
        #expect(missing == 404)
        #expect(problemHeaders["Content-Type"] as? String == "application/problem+json")
        #expect(problem.contains("bestaat-niet"))

        let (_, after, _) = try await server.request("/feeds/columns.atom")
        #expect(commentCount(inFeed: after, slug: slug) == countBefore + 1)

        // `stempel check` on the same database agrees with the server.
        let check = try StempelProcess.run(
            ["check", "--json", "--database", database.path, "--column", slug], input: "JA, MAAR DIE MAP IS NIET NIEUW MEER!")
        #expect(check.output.contains(#""status":"held""#))

        server.process.terminate()
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
        let log = String(decoding: server.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("loaded sample columns"))
    }

    @Test func checkRefusesAnUnknownColumnOfAnExistingDatabase() async throws {
        let directory = try StempelProcess.temporaryDirectory()
        let database = directory.appendingPathComponent("stempel.sqlite")
        let server = try await start(database: database)
        server.process.terminate()
        server.process.waitUntilExit()
        let result = try StempelProcess.run(["check", "--database", database.path, "--column", "bestaat-niet"], input: "Hallo")
        #expect(result.status != 0)
        #expect(result.errors.contains("no column 'bestaat-niet'"))
    }

    @Test func sighupReloadsTheRulesAndABadFileKeepsThem() async throws {
        let directory = try StempelProcess.temporaryDirectory()
        let config = directory.appendingPathComponent("stempel.yaml")
        // Flood and duplicate rules would (rightly) hold the same comment sent over and over.
        let others = "  flood:\n    enabled: false\n  duplicates:\n    enabled: false\n"
        try "rules:\n  shouting:\n    enabled: true\n\(others)".write(to: config, atomically: true, encoding: .utf8)
        let server = try await start(database: directory.appendingPathComponent("s.sqlite"), extra: ["--config", config.path])
        defer { server.process.terminate() }
        let post = { () async throws -> String in
            try await server.request(
                "/api/v1/columns/de-bakker-die-mijn-naam-kende/comments",
                method: "POST",
                json: #"{"author": {"name": "Lezer"}, "body": "JA, MAAR DIE MAP IS NIET NIEUW MEER!"}"#
            ).1
        }
        #expect(try await post().contains(#""status":"held""#))

        try "rules:\n  shouting:\n    enabled: false\n\(others)".write(to: config, atomically: true, encoding: .utf8)
        kill(server.process.processIdentifier, SIGHUP)
        var reloaded = false
        for _ in 0..<200 where !reloaded {
            try await Task.sleep(for: .milliseconds(100))
            reloaded = try await post().contains(#""status":"approved""#)
        }
        #expect(reloaded)

        try "rules:\n  shoutnig: {}\n".write(to: config, atomically: true, encoding: .utf8)
        kill(server.process.processIdentifier, SIGHUP)
        // The refusal is counted in /metrics: wait for it rather than for a guessed time.
        var refused = false
        for _ in 0..<100 where !refused {
            try await Task.sleep(for: .milliseconds(100))
            refused = try await server.request("/metrics").1.contains(#"stempel_configuration_reloads_total{outcome="refused"} 1"#)
        }
        #expect(refused)
        #expect(try await server.request("/metrics").1.contains(#"stempel_configuration_reloads_total{outcome="reloaded"} 1"#))
        #expect(try await post().contains(#""status":"approved""#))
        server.process.terminate()
        server.process.waitUntilExit()
        let log = String(decoding: server.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("configuration not reloaded"))
        #expect(log.contains("rules.shoutnig: no such rule"))
    }

    @Test func backupCopiesTheDatabaseWhileTheServerWrites() async throws {
        let directory = try StempelProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("live.sqlite")
        let server = try await start(database: database)
        defer { server.process.terminate() }
        let base = server.base
        let post: @Sendable (Int) async throws -> Int = { index in
            var request = URLRequest(url: base.appendingPathComponent("/api/v1/columns/de-bakker-die-mijn-naam-kende/comments"))
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(#"{"author": {"name": "Lezer \#(index)"}, "body": "Herkenbaar verhaal nummer \#(index)."}"#.utf8)
            let (_, response) = try await URLSession.shared.data(for: request)
            return (response as? HTTPURLResponse)?.statusCode ?? 0
        }
        for index in 0..<10 { #expect(try await post(index) == 201) }
        let copy = directory.appendingPathComponent("copy.sqlite").path
        // Writes keep arriving while the copy is made.
        async let during = withThrowingTaskGroup(of: Int.self) { group in
            for index in 10..<40 { group.addTask { try await post(index) } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        let backup = try StempelProcess.run(["backup", copy, "--database", database.path])
        #expect(try await during.allSatisfy { $0 == 201 })
        #expect(backup.status == 0, "\(backup.errors)")
        let counts = backup.output.split(separator: " ").compactMap { Int($0) }
        #expect(backup.output.hasPrefix("backed up "), "\(backup.output)")
        // At least the ten acknowledged before the copy began (the samples' ingested comments come on top).
        #expect((counts.dropFirst().first ?? -1) >= 10, "\(backup.output)")
        #expect(backup.output.contains("integrity ok"))
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal"))

        // The copy is a database of its own: the commands read it.
        let listed = try StempelProcess.run(["moderator", "list", "--database", copy])
        #expect(listed.status == 0, "\(listed.errors)")
        let again = try StempelProcess.run(["backup", copy, "--database", database.path])
        #expect(again.status != 0)
        #expect(again.errors.contains("exists; choose another path or pass --force"))
        #expect(try StempelProcess.run(["backup", copy, "--force", "--database", database.path]).status == 0)
        let missing = try StempelProcess.run(["backup", copy, "--database", directory.appendingPathComponent("nope.sqlite").path])
        #expect(missing.errors.contains("there is no database at"))
    }
}
