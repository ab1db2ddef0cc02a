import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route `docs/openapi.yaml` puts behind a bearer token, read from the description so that
/// a new route is covered without being listed here: 401 without a valid token, and 403 for a
/// moderator on the routes it documents as "(admins only)", both as problem documents.
@Suite struct BearerRoutesAuthorizationTests {
    struct Operation: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        var adminsOnly: Bool
        var description: String { "\(method.rawValue) \(path)" }
    }

    static func bearerOperations() throws -> [Operation] {
        let paths = try OpenAPIDocument.load().root["paths"] as? [String: Any] ?? [:]
        var operations: [Operation] = []
        for (path, item) in paths {
            for (key, value) in item as? [String: Any] ?? [:] where OpenAPIDocument.methods.contains(key) {
                guard let operation = value as? [String: Any],
                    let security = operation["security"] as? [[String: Any]], security.contains(where: { $0["bearer"] != nil }),
                    let method = HTTPRequest.Method(key.uppercased())
                else { continue }
                let summary = operation["summary"] as? String ?? ""
                // Any path parameter: the answer must come before the parameter is even looked at.
                let concrete = path.replacingOccurrences(of: #"\{[^}]+\}"#, with: "1", options: .regularExpression)
                operations.append(Operation(method: method, path: concrete, adminsOnly: summary.contains("(admins only)")))
            }
        }
        return operations.sorted { $0.description < $1.description }
    }

    @Test func everyBearerRouteAnswers401WithoutATokenAnd403ToAModeratorWhereAdminsOnly() async throws {
        let operations = try Self.bearerOperations()
        #expect(operations.count >= 15, "\(operations)")
        #expect(operations.contains { $0.adminsOnly } && operations.contains { !$0.adminsOnly })
        // Each unknown token counts as a failed sign-in from this address: room for all of them.
        let server = try await TestServer { $0.login.maxFailuresPerAddress = 10_000 }
        let moderator = try await server.addModerator("anja")
        let admin = try await server.addModerator("beheer", role: .admin)
        try await server.test { client in
            for operation in operations {
                for token in [nil, "stp_onbekend"] as [String?] {
                    var headers: HTTPFields = [.contentType: "application/json"]
                    if let token { headers[.authorization] = "Bearer \(token)" }
                    let response = try await client.execute(
                        uri: operation.path, method: operation.method, headers: headers, body: ByteBuffer(string: "{}"))
                    #expect(response.status == .unauthorized, "\(operation) with \(token ?? "no token")")
                    #expect(response.headers[.contentType] == "application/problem+json", "\(operation)")
                    #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="stempel""#, "\(operation)")
                }
                let asModerator = try await client.execute(
                    uri: operation.path, method: operation.method,
                    headers: [.authorization: "Bearer \(moderator)", .contentType: "application/json"], body: ByteBuffer(string: "{}"))
                if operation.adminsOnly {
                    #expect(asModerator.status == .forbidden, "\(operation)")
                    #expect(asModerator.headers[.contentType] == "application/problem+json", "\(operation)")
                    // An admin gets past the role check (whatever the empty request then earns).
                    let asAdmin = try await client.execute(
                        uri: operation.path, method: operation.method,
                        headers: [.authorization: "Bearer \(admin)", .contentType: "application/json"], body: ByteBuffer(string: "{}"))
                    #expect(![.unauthorized, .forbidden].contains(asAdmin.status), "\(operation): \(asAdmin.status)")
                } else {
                    #expect(![.unauthorized, .forbidden].contains(asModerator.status), "\(operation): \(asModerator.status)")
                }
            }
        }
    }
}
