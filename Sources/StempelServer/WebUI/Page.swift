import Hummingbird
import Storage

/// What every page's layout needs, around the page's own `content`.
struct Page<Content: Sendable>: Sendable {
    /// Who is signed in, for the header.
    struct User: Sendable {
        var name: String
        var isAdmin: Bool
    }

    /// The texts in the page's language (`{{t.key}}`).
    var t: [String: String]
    var lang: String
    var otherLang: String
    /// The same page in the other language.
    var switchLanguageHref: String
    /// The session's CSRF token, for every form.
    var csrf: String?
    var user: User?
    var content: Content

    init(language: UILanguage, request: Request, session: ModeratorSession?, content: Content) {
        t = UIText.table(language)
        lang = language.rawValue
        otherLang = language.other.rawValue
        // A page answering a form post cannot be fetched again: switch on the queue instead.
        let path = request.method == .get ? request.uri.path : "/moderate/queue"
        switchLanguageHref = "\(path)?lang=\(language.other.rawValue)"
        csrf = session?.csrfToken
        user = session.map { User(name: $0.moderator.name, isAdmin: $0.moderator.role == .admin) }
        self.content = content
    }
}
