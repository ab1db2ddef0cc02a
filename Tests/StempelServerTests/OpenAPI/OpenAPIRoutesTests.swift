import Hummingbird
import Testing

/// `docs/openapi.yaml` lists exactly the routes the router registers: a route added without
/// documentation, or documentation left behind by a removed route, fails here.
@Suite struct OpenAPIRoutesTests {
    /// Routes that are not part of the API: the moderation UI's catch-all that answers its 404 page.
    static let undocumented: Set<String> = ["GET /moderate/**"]

    /// Every route of the full application (metrics and sources included), as `METHOD /path`.
    static func registeredRoutes() async throws -> Set<String> {
        let server = try await TestServer()
        return Set(server.application.router().routes.map { "\($0.method.rawValue) \($0.path.description)" })
    }

    @Test func everyRouteIsDocumentedAndNothingElse() async throws {
        let registered = try await Self.registeredRoutes().subtracting(Self.undocumented)
        let documented = try OpenAPIDocument.load().operations
        #expect(registered.count > 40, "the router should have every route: \(registered.sorted())")
        let missing = registered.subtracting(documented).sorted()
        let stale = documented.subtracting(registered).sorted()
        #expect(missing.isEmpty, "routes missing from docs/openapi.yaml: \(missing)")
        #expect(stale.isEmpty, "docs/openapi.yaml documents routes the server does not have: \(stale)")
    }

    @Test func theExemptionsAreStillRoutes() async throws {
        // An exemption for a route that no longer exists would hide nothing; keep the list honest.
        let registered = try await Self.registeredRoutes()
        #expect(Self.undocumented.isSubset(of: registered))
    }

    @Test func itIsOpenAPI31WithBothSecuritySchemes() throws {
        let document = try OpenAPIDocument.load()
        #expect(document.version == "3.1.0")
        #expect(document.securitySchemes == ["bearer", "session"])
    }
}
