import Foundation
import Hummingbird
import HummingbirdTesting
import StempelServer
import Testing

@Suite struct WebUISignInTests {
    @Test(arguments: ServerBackend.available) func signingInSetsAStrictHttpOnlySessionCookieAndSigningOutEndsIt(_ backend: ServerBackend) async throws
    {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            try await server.test { client in
                var browser = WebBrowser(client)
                let form = try await browser.get("/moderate/login")
                #expect(form.status == .ok)
                #expect(form.headers[.contentType] == "text/html; charset=utf-8")
                #expect(browser.page.contains(#"<label for="name">"#) && browser.page.contains(#"<main id="main""#))

                let signedIn = try await browser.signIn("anja")
                #expect(signedIn.status == .seeOther)
                #expect(signedIn.headers[.location] == "/moderate/queue")
                let cookie = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("stempel_session=") })
                for attribute in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/moderate"] {
                    #expect(cookie.contains(attribute), "\(attribute) in \(cookie)")
                }
                // The database keeps only a hash of the cookie's secret.
                let secret = try #require(browser.cookies["stempel_session"])
                #expect(try await server.store.session(tokenHash: secret, at: Date()) == nil)
                #expect(try await server.store.session(tokenHash: Credentials.tokenHash(secret), at: Date())?.moderator.name == "anja")

                #expect(try await browser.get("/moderate/queue").status == .ok)
                #expect(browser.page.contains("anja"))
                let out = try await browser.post("/moderate/logout", [])
                #expect(out.status == .seeOther)
                #expect(out.headers[.location] == "/moderate/login")
                #expect(try await server.store.session(tokenHash: Credentials.tokenHash(secret), at: Date()) == nil)
                // The old cookie no longer works, even if a browser kept it.
                let stale = try await client.execute(uri: "/moderate/queue", method: .get, headers: [.cookie: "stempel_session=\(secret)"])
                #expect(stale.status == .unauthorized)
            }
        }
    }

    /// The session cookie of a sign-in on a site at `baseURL`, from the loopback peer, with an
    /// `X-Forwarded-Proto` header when `forwardedProto` is set.
    private func sessionCookie(baseURL: String, proxies: [String], forwardedProto: String?) async throws -> String {
        let server = try await TestServer { configuration in
            configuration.site.baseURL = baseURL
            configuration.trustedProxies = try! TrustedProxies(proxies)
        }
        _ = try await server.addModerator("anja")
        return try await server.test(.live) { client in
            var browser = WebBrowser(client)
            if let forwardedProto { browser.extraHeaders[.init("X-Forwarded-Proto")!] = forwardedProto }
            let signedIn = try await browser.signIn("anja")
            #expect(signedIn.status == .seeOther)
            return try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("stempel_session=") })
        }
    }

    @Test func theSessionCookieIsSecureBehindHTTPSOnly() async throws {
        // A plain http site (a developer's machine): the browser would drop a Secure cookie.
        let plain = try await sessionCookie(baseURL: "http://localhost:8080", proxies: [], forwardedProto: nil)
        #expect(!plain.contains("Secure") && plain.contains("HttpOnly") && plain.contains("SameSite=Strict"))
        // Behind a trusted proxy that terminates TLS, the proxy's word counts.
        let proxied = try await sessionCookie(baseURL: "http://localhost:8080", proxies: ["127.0.0.1", "::1"], forwardedProto: "https")
        #expect(proxied.contains("Secure"))
        // From anyone else it does not.
        let claimed = try await sessionCookie(baseURL: "http://localhost:8080", proxies: [], forwardedProto: "https")
        #expect(!claimed.contains("Secure"))
    }

    @Test(arguments: ServerBackend.available) func aWrongPasswordOrUnknownNameShowsTheFormAgainWith401(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            try await server.test { client in
                var browser = WebBrowser(client)
                for (name, password) in [("anja", "verkeerd-wachtwoord"), ("niemand", "geheim-wachtwoord")] {
                    let response = try await browser.signIn(name, password: password)
                    #expect(response.status == .unauthorized)
                    #expect(browser.page.contains(#"role="alert""#))
                    #expect(browser.cookies["stempel_session"] == nil)
                }
            }
        }
    }

    @Test(arguments: ServerBackend.available) func signingInNeedsTheFormsOwnCSRFToken(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja")
            try await server.test { client in
                var browser = WebBrowser(client)
                try await browser.get("/moderate/login")
                let token = try #require(browser.csrf)
                let forged = try await browser.post("/moderate/login", [("name", "anja"), ("password", "geheim-wachtwoord"), ("csrf", "forged")])
                #expect(forged.status == .forbidden)
                #expect(forged.headers[.contentType] == "text/html; charset=utf-8")
                #expect(browser.cookies["stempel_session"] == nil)
                // Without the form's cookie (a cross-site post), even the right token is refused.
                let bare = try await client.execute(
                    uri: "/moderate/login",
                    method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "name=anja&password=geheim-wachtwoord&csrf=\(token)")
                )
                #expect(bare.status == .forbidden)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func failedSignInsAreThrottledPerAccountAndPerAddress(_ backend: ServerBackend) async throws {
        try await backend.withStore { store in
            let server = try await TestServer(
                store: store,
                configure: { configuration in
                    configuration.login.maxFailuresPerAccount = 3
                    configuration.login.maxFailuresPerAddress = 5
                })
            _ = try await server.addModerator("anja")
            _ = try await server.addModerator("bram")
            // On a real socket, so that requests come from an address (127.0.0.1).
            try await server.test(.live) { client in
                var browser = WebBrowser(client)
                for _ in 0..<3 { #expect(try await browser.signIn("anja", password: "fout-fout-fout").status == .unauthorized) }
                // Locked: even the right password is refused until the lock ends.
                let locked = try await browser.signIn("anja")
                #expect(locked.status == .tooManyRequests)
                let retryAfter = try #require(locked.headers[.retryAfter].flatMap { Int($0) })
                #expect((1...900).contains(retryAfter))
                #expect(browser.page.contains("\(retryAfter)"))
                #expect(browser.cookies["stempel_session"] == nil)
                // Another account is still open from this address, until the address has failed too often.
                #expect(try await browser.signIn("bram").status == .seeOther)
                try await browser.get("/moderate/queue")
                #expect(try await browser.post("/moderate/logout", []).status == .seeOther)
                for _ in 0..<2 { #expect(try await browser.signIn("bram", password: "fout-fout-fout").status == .unauthorized) }
                #expect(try await browser.signIn("bram").status == .tooManyRequests)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func unknownAPITokensAreThrottledPerAddressAsProblemDocuments(_ backend: ServerBackend) async throws {
        try await backend.withStore { store in
            let server = try await TestServer(store: store, configure: { $0.login.maxFailuresPerAddress = 2 })
            let token = try await server.addModerator("anja")
            try await server.test(.live) { client in
                for _ in 0..<2 {
                    let response = try await client.execute(uri: "/api/v1/queue", method: .get, headers: [.authorization: "Bearer stp_guess"])
                    #expect(response.status == .unauthorized)
                }
                let locked = try await client.execute(uri: "/api/v1/queue", method: .get, headers: [.authorization: "Bearer \(token)"])
                #expect(locked.status == .tooManyRequests)
                #expect(locked.headers[.contentType] == "application/problem+json")
                #expect(locked.headers[.retryAfter].flatMap { Int($0) } != nil)
                #expect(locked.json["status"] as? Int == 429)
                // Public routes without a token are not affected.
                #expect(try await client.execute(uri: "/api/v1/columns", method: .get).status == .ok)
            }
        }
    }
}
