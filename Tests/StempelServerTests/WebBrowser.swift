import Foundation
import Hummingbird
import HummingbirdTesting

/// A minimal browser over the test client: keeps cookies as a browser would and fills in forms'
/// CSRF tokens from the last page, so that the UI is tested through its real routes.
struct WebBrowser {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    /// The most recent page's HTML.
    private(set) var page = ""

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// The `csrf` field of the last page's first form.
    var csrf: String? {
        guard let range = page.range(of: #"name="csrf" value=""#) else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    @discardableResult
    mutating func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    /// Posts a form; `csrf` is added from the last page unless the fields name one.
    @discardableResult
    mutating func post(_ uri: String, _ fields: [(String, String)], addingCSRF: Bool = true) async throws -> TestResponse {
        var fields = fields
        if addingCSRF, !fields.contains(where: { $0.0 == "csrf" }), let csrf { fields.append(("csrf", csrf)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: body)
    }

    /// Opens the sign-in form and signs in.
    @discardableResult
    mutating func signIn(_ name: String, password: String = "geheim-wachtwoord") async throws -> TestResponse {
        try await get("/moderate/login")
        return try await post("/moderate/login", [("name", name), ("password", password)])
    }

    /// Sent with every request (a proxy's `X-Forwarded-Proto`, say).
    var extraHeaders: HTTPFields = [:]

    private mutating func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: String?) async throws -> TestResponse {
        var headers = headers
        for field in extraHeaders { headers.append(field) }
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0])
            let value = pair.count == 2 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if response.headers[.contentType]?.hasPrefix("text/html") == true { page = String(buffer: response.body) }
        return response
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
