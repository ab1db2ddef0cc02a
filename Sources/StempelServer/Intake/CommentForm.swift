/// A comment as a client sent it, before validation: every field may be missing.
struct CommentForm: Sendable, Equatable {
    var authorName: String?
    var email: String?
    var url: String?
    var body: String?
    /// Where a plain HTML form wants the browser sent after posting.
    var redirect: String?
}

/// The JSON shape: `{"author": {"name", "email", "url"}, "body"}`.
struct CommentPayload: Decodable {
    struct Author: Decodable {
        var name: String?
        var email: String?
        var url: String?
    }

    var author: Author?
    var body: String?

    var form: CommentForm {
        CommentForm(authorName: author?.name, email: author?.email, url: author?.url, body: body)
    }
}

/// The HTML form shape: fields `author`, `email`, `url`, `body`, `redirect`.
struct CommentFormFields: Decodable {
    var author: String?
    var email: String?
    var url: String?
    var body: String?
    var redirect: String?

    var form: CommentForm {
        CommentForm(authorName: author, email: email, url: url, body: body, redirect: redirect)
    }
}
