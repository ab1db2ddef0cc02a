import Hummingbird

/// The moderation UI's cookies: the session and the sign-in form's CSRF token.
///
/// Both are HttpOnly (no script reads them) and SameSite=Strict (no other site's page sends
/// them along), and Secure when the site is reached over https.
enum WebCookies {
    /// Holds the session's secret; the store has only its SHA-256.
    static let session = "stempel_session"
    /// Holds the CSRF token of the sign-in form, compared with the form's hidden field (the
    /// double-submit pattern: there is no session yet to keep it in).
    static let login = "stempel_login"

    /// A cookie for the UI's paths.
    static func make(_ name: String, value: String, maxAge: Int, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/moderate", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// A cookie that tells the browser to forget `name`.
    static func expired(_ name: String, secure: Bool) -> Cookie {
        make(name, value: "", maxAge: 0, secure: secure)
    }

    /// 256 random bits as hex: a session secret or a CSRF token.
    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(UInt8.random(in: .min ... .max, using: &generator), radix: 16).leftPadded() }.joined()
    }

    /// Compares two secrets in time that does not depend on where they differ.
    static func matches(_ given: String?, _ expected: String) -> Bool {
        guard let given else { return false }
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        guard a.count == b.count, !b.isEmpty else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension String {
    fileprivate func leftPadded() -> String { count == 1 ? "0" + self : self }
}
