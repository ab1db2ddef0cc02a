import AsyncHTTPClient
import Foundation
import Hummingbird

/// A small W3C WebDriver client over URLSession: just the commands the browser test uses.
struct WebDriver: Sendable {
    /// A WebDriver error answer (`no such element`, `no such alert`, …).
    struct Failure: Error, CustomStringConvertible {
        let error: String
        let message: String
        var description: String { "\(error): \(message)" }
    }

    /// The W3C key under which an element reference is returned.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    let endpoint: URL
    let session: String

    /// Starts a headless Chromium session.
    static func start(endpoint: URL, chromium: String) async throws -> WebDriver {
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": chromium,
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1100", "--lang=nl",
                        ],
                    ],
                ]
            ]
        ]
        let value = try await Self.send(endpoint.appendingPathComponent("session"), method: "POST", body: capabilities)
        guard let id = (value as? [String: Any])?["sessionId"] as? String else { throw Failure(error: "session", message: "\(value)") }
        return WebDriver(endpoint: endpoint, session: id)
    }

    func quit() async {
        _ = try? await command("DELETE", "")
    }

    func open(_ url: String) async throws {
        _ = try await command("POST", "/url", ["url": url])
    }

    func currentURL() async throws -> String {
        try await command("GET", "/url") as? String ?? ""
    }

    /// Waits up to ten seconds for the page at `url` (a form posted by a key press navigates
    /// after the command returns), and returns the URL the browser shows then.
    func waitForURL(_ url: String) async throws -> String {
        var current = try await currentURL()
        for _ in 0..<100 where current != url {
            try await Task.sleep(for: .milliseconds(100))
            current = try await currentURL()
        }
        return current
    }

    func source() async throws -> String {
        try await command("GET", "/source") as? String ?? ""
    }

    /// The first element matching a CSS selector.
    func element(_ selector: String) async throws -> String {
        let value = try await command("POST", "/element", ["using": "css selector", "value": selector])
        guard let id = (value as? [String: Any])?[Self.elementKey] as? String else { throw Failure(error: "element", message: selector) }
        return id
    }

    func type(_ text: String, into element: String) async throws {
        _ = try await command("POST", "/element/\(element)/value", ["text": text])
    }

    func click(_ element: String) async throws {
        _ = try await command("POST", "/element/\(element)/click", [:])
    }

    func text(of element: String) async throws -> String {
        try await command("GET", "/element/\(element)/text") as? String ?? ""
    }

    /// Presses keys one after another on whatever has focus, as a person typing.
    func press(_ keys: String) async throws {
        let actions = keys.flatMap { key in [["type": "keyDown", "value": String(key)], ["type": "keyUp", "value": String(key)]] }
        _ = try await command("POST", "/actions", ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
    }

    /// Runs a script in the page and returns its result.
    func execute(_ script: String) async throws -> Any {
        try await command("POST", "/execute/sync", ["script": script, "args": [Any]()])
    }

    /// The text of an open alert, or nil when none is open.
    func alertText() async throws -> String? {
        do {
            return try await command("GET", "/alert/text") as? String
        } catch let failure as Failure where failure.error == "no such alert" {
            return nil
        }
    }

    /// A PNG of the viewport.
    func screenshot() async throws -> Data {
        guard let base64 = try await command("GET", "/screenshot") as? String, let data = Data(base64Encoded: base64) else {
            throw Failure(error: "screenshot", message: "no image")
        }
        return data
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any {
        try await Self.send(endpoint.appendingPathComponent("session/\(session)\(path)"), method: method, body: body)
    }

    private static func send(_ url: URL, method: String, body: [String: Any]?) async throws -> Any {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .init(rawValue: method)
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let data = Data(buffer: try await response.body.collect(upTo: 64 * 1024 * 1024))
        let json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any]
        let value = json?["value"] ?? NSNull()
        if let error = (value as? [String: Any])?["error"] as? String {
            throw Failure(error: error, message: (value as? [String: Any])?["message"] as? String ?? "")
        }
        return value
    }
}
