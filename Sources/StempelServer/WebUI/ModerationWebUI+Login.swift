import Foundation
import Hummingbird
import HummingbirdBcrypt
import Storage

extension ModerationWebUI {
    /// Compared against when the name is unknown, so that a wrong name takes as long as a wrong
    /// password and does not tell which names exist.
    private static let timingHash = Bcrypt.hash("stempel: no such account", cost: 12)

    func loginForm(_ pages: PageRenderer, request: Request, context: StempelRequestContext) -> Response {
        if context.session != nil { return Self.redirect("/moderate/queue") }
        let token = WebCookies.newSecret()
        var response = pages.render("login", content: LoginContent(token: token, name: "", error: nil), request: request, context: context)
        response.setCookie(WebCookies.make(WebCookies.login, value: token, maxAge: 3600, secure: isSecure(request, context: context)))
        return response
    }

    func login(_ pages: PageRenderer, request: Request, context: StempelRequestContext) async throws -> Response {
        let form = try await FormFields.read(request, limit: Self.formLimit)
        guard let token = request.cookies[WebCookies.login]?.value, WebCookies.matches(form["csrf"], token) else {
            throw WebError(.forbidden, message: .csrf)
        }
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let address = configuration.trustedProxies.clientAddress(of: request, context: context)
        if let seconds = try await throttle.retryAfter(account: name, address: address) {
            var error = WebError(.tooManyRequests, message: .tooManyFailures, value: String(seconds))
            error.headers[.retryAfter] = String(seconds)
            throw error
        }
        let moderator = name.isEmpty ? nil : try await store.moderator(named: name)
        let password = form["password"] ?? ""
        let matches = credentials.verify(password: password, hash: moderator?.passwordHash ?? Self.timingHash)
        guard let moderator, matches else {
            try await throttle.recordFailure(account: name.isEmpty ? nil : name, address: address)
            let language = UILanguage.negotiate(request)
            let content = LoginContent(token: token, name: name, error: UIText.text("login_failed", language))
            return pages.render("login", content: content, status: .unauthorized, request: request, context: context)
        }
        try await throttle.recordSuccess(account: moderator.name)
        let secret = WebCookies.newSecret()
        let now = Date()
        let lifetime = configuration.login.sessionHours * 3600
        try await store.addSession(
            tokenHash: Credentials.tokenHash(secret),
            moderatorName: moderator.name,
            csrfToken: WebCookies.newSecret(),
            createdAt: now,
            expiresAt: now.addingTimeInterval(Double(lifetime))
        )
        let secure = isSecure(request, context: context)
        return Self.redirect(
            Self.localPath(form["next"]),
            cookies: [
                WebCookies.make(WebCookies.session, value: secret, maxAge: lifetime, secure: secure),
                WebCookies.expired(WebCookies.login, secure: secure),
            ]
        )
    }

    func logout(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context)
        _ = try await form(request, session: session)
        if let secret = request.cookies[WebCookies.session]?.value {
            try await store.removeSession(tokenHash: Credentials.tokenHash(secret))
        }
        return Self.redirect("/moderate/login", cookies: [WebCookies.expired(WebCookies.session, secure: isSecure(request, context: context))])
    }
}
