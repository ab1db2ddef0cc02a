import Foundation
import Hummingbird
import Logging
import Storage

/// The moderation web UI under `/moderate`: server-rendered pages that work without JavaScript.
///
/// Pages need a session (sign in at `/moderate/login`); every form carries the session's CSRF
/// token; every response carries ``WebSecurityHeaders``; errors are HTML pages (``WebErrorPages``).
struct ModerationWebUI: Sendable {
    let store: any StempelStore
    let engines: EngineHolder
    let configuration: StempelConfiguration
    let throttle: LoginThrottle
    /// How passwords of accounts added here are hashed.
    let credentials: Credentials

    /// The largest form accepted.
    static let formLimit = 64 * 1024

    func register(on router: Router<StempelRequestContext>) {
        let pages: PageRenderer
        do {
            pages = try PageRenderer.load()
        } catch {
            // The API keeps working; the UI says what is wrong instead of taking the server down.
            Logger(label: "stempel.webui").error("the moderation UI cannot start", metadata: ["error": "\(error)"])
            router.get("/moderate/**") { _, _ -> Response in
                throw ProblemDetails(.internalServerError, detail: "The moderation UI's templates could not be loaded: \(error)")
            }
            return
        }
        let group = router.group("/moderate")
            .add(middleware: WebSecurityHeaders())
            .add(middleware: WebErrorPages(pages: pages))
            .add(middleware: SessionAuthenticator(store: store))
        group.get { _, context in Self.redirect(context.session == nil ? "/moderate/login" : "/moderate/queue") }
        group.get("static/{file}") { _, context in try Self.asset(pages, context: context) }
        group.get("login") { request, context in loginForm(pages, request: request, context: context) }
        group.post("login") { request, context in try await login(pages, request: request, context: context) }
        group.post("logout") { request, context in try await logout(request, context: context) }
        group.get("queue") { request, context in try await queue(pages, request: request, context: context) }
        group.post("decide") { request, context in try await decide(request, context: context) }
        group.get("items/{id}") { request, context in try await item(pages, request: request, context: context) }
        group.post("items/{id}/undo") { request, context in try await undo(request, context: context) }
        group.post("items/{id}/edit") { request, context in try await edit(request, context: context) }
        group.get("authors") { request, context in try await authors(pages, request: request, context: context) }
        group.post("authors") { request, context in try await markAuthor(pages, request: request, context: context) }
        group.post("authors/mark") { request, context in try await markItemAuthor(request, context: context) }
        group.post("authors/{id}/remove") { request, context in try await unmarkAuthor(request, context: context) }
        group.get("sources") { request, context in try await sources(pages, request: request, context: context) }
        group.get("accounts") { request, context in try await accounts(pages, request: request, context: context) }
        group.post("accounts") { request, context in try await addAccount(pages, request: request, context: context) }
        group.post("accounts/{name}/remove") { request, context in try await removeAccount(request, context: context) }
        group.get("**") { _, _ -> Response in throw WebError(.notFound, message: .notFound) }
    }

    // MARK: Helpers shared by the pages

    /// The signed-in session, or 401 (a page that links to the sign-in form).
    func signedIn(_ context: StempelRequestContext, admin: Bool = false) throws -> ModeratorSession {
        guard let session = context.session else { throw WebError(.unauthorized, message: .signInFirst) }
        guard !admin || session.moderator.role == .admin else { throw WebError(.forbidden, message: .forbidden) }
        return session
    }

    /// Reads a posted form of a signed-in session and checks its CSRF token (403 when wrong).
    func form(_ request: Request, session: ModeratorSession) async throws -> FormFields {
        let form = try await FormFields.read(request, limit: Self.formLimit)
        guard WebCookies.matches(form["csrf"], session.csrfToken) else { throw WebError(.forbidden, message: .csrf) }
        return form
    }

    /// Whether cookies must be Secure: the site is https, or a trusted proxy says the client used https.
    func isSecure(_ request: Request, context: StempelRequestContext) -> Bool {
        configuration.site.baseURL.lowercased().hasPrefix("https:") || configuration.trustedProxies.forwardedHTTPS(request, context: context)
    }

    /// A local UI path to go back to after a form; anything else falls back to the queue, so a
    /// form cannot be turned into a redirect to another site.
    static func localPath(_ candidate: String?, fallback: String = "/moderate/queue") -> String {
        guard let candidate, candidate.hasPrefix("/moderate/") || candidate == "/moderate",
            !candidate.contains("//"), !candidate.contains("\\"), candidate.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return fallback }
        return candidate
    }

    static func redirect(_ location: String, cookies: [Cookie] = []) -> Response {
        var headers: HTTPFields = [.location: location]
        for cookie in cookies { headers.append(.init(name: .setCookie, value: cookie.description)) }
        return Response(status: .seeOther, headers: headers)
    }

    private static func asset(_ pages: PageRenderer, context: StempelRequestContext) throws -> Response {
        guard let name = context.parameters.get("file"), let asset = pages.assets[name] else { throw WebError(.notFound, message: .notFound) }
        let headers: HTTPFields = [.contentType: asset.contentType, .cacheControl: "public, max-age=300"]
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }
}
