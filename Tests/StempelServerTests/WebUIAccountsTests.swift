import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import Testing

@Suite struct WebUIAccountsTests {
    @Test(arguments: ServerBackend.available) func anAdminAddsAnAccountThatCanSignInAndRemovesIt(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            _ = try await server.addModerator("anja", role: .admin)
            try await server.test { client in
                var admin = WebBrowser(client)
                try await admin.signIn("anja")
                #expect(try await admin.get("/moderate/accounts").status == .ok)
                #expect(admin.page.contains("anja (jij)"))

                let added = try await admin.post("/moderate/accounts", [("name", "bram"), ("password", "nog-een-wachtwoord"), ("role", "moderator")])
                #expect(added.status == .created)
                let token = try #require(admin.page.range(of: #"stp_[0-9a-f]{64}"#, options: .regularExpression).map { String(admin.page[$0]) })
                let api = try await client.execute(uri: "/api/v1/queue", method: .get, headers: [.authorization: "Bearer \(token)"])
                #expect(api.status == .ok)
                #expect(try await server.store.moderator(named: "bram")?.role == .moderator)

                var bram = WebBrowser(client)
                #expect(try await bram.signIn("bram", password: "nog-een-wachtwoord").status == .seeOther)

                let refusals: [[(String, String)]] = [
                    [("name", "bram"), ("password", "nog-een-wachtwoord")],
                    [("name", "met spatie"), ("password", "nog-een-wachtwoord")],
                    [("name", "carla"), ("password", "kort")],
                ]
                for fields in refusals {
                    try await admin.get("/moderate/accounts")
                    let refused = try await admin.post("/moderate/accounts", fields)
                    #expect(refused.status == .unprocessableContent, "\(fields)")
                    #expect(admin.page.contains(#"class="error" role="alert""#))
                }
                #expect(try await server.store.moderator(named: "carla") == nil)

                try await admin.get("/moderate/accounts")
                let yourself = try await admin.post("/moderate/accounts/anja/remove", [])
                #expect(yourself.status == .unprocessableContent)
                try await admin.get("/moderate/accounts")
                let removed = try await admin.post("/moderate/accounts/bram/remove", [])
                #expect(removed.status == .seeOther)
                #expect(try await server.store.moderator(named: "bram") == nil)
                // Removing an account ends its sessions at once.
                #expect(try await bram.get("/moderate/queue").status == .unauthorized)
            }
        }
    }

    @Test(arguments: ServerBackend.available) func thePagesSpeakDutchOrEnglishByAcceptLanguageAndTheSwitch(_ backend: ServerBackend) async throws {
        try await backend.withServer { server in
            try await server.test { client in
                var browser = WebBrowser(client)
                try await browser.get("/moderate/login", headers: [.acceptLanguage: "de-DE, en;q=0.8, nl;q=0.5"])
                #expect(browser.page.contains(#"<html lang="en">"#) && browser.page.contains("Sign in"))
                try await browser.get("/moderate/login")
                #expect(browser.page.contains(#"<html lang="nl">"#) && browser.page.contains("Inloggen"))
                #expect(browser.page.contains(#"href="/moderate/login?lang=en""#))
                let switched = try await browser.get("/moderate/login?lang=en", headers: [.acceptLanguage: "nl"])
                #expect(switched.headers[values: .setCookie].contains { $0.hasPrefix("stempel_lang=en") })
                // The choice is remembered over Accept-Language.
                try await browser.get("/moderate/login", headers: [.acceptLanguage: "nl"])
                #expect(browser.page.contains(#"<html lang="en">"#))
            }
        }
    }
}
