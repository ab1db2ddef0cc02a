import Hummingbird

/// An error the moderation UI answers with a friendly page in the reader's language.
struct WebError: Error, Sendable {
    /// What the page says: a key of ``UIText``.
    enum Message: String, Sendable {
        case formMalformed = "error_form_malformed"
        case formTooLarge = "error_form_too_large"
        case csrf = "error_csrf"
        case forbidden = "error_forbidden"
        case notFound = "error_not_found"
        case tooManyFailures = "error_too_many_failures"
        case invalidName = "error_invalid_name"
        case passwordTooShort = "error_password_too_short"
        case nameTaken = "error_name_taken"
        case noSelection = "error_no_selection"
        case unknownAction = "error_unknown_action"
        case server = "error_server"
        case notYourself = "error_not_yourself"
        case signInFirst = "login_needed"
        case invalidBody = "error_invalid_body"
        case invalidAuthor = "error_invalid_author"
    }

    let status: HTTPResponse.Status
    let message: Message
    /// Fills the message's `{n}`.
    var value: String?
    /// Extra response headers (`Retry-After`).
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, message: Message, value: String? = nil) {
        self.status = status
        self.message = message
        self.value = value
    }
}
