/// What the sign-in page shows.
struct LoginContent: Sendable {
    /// The form's CSRF token, also in the `stempel_login` cookie.
    var token: String
    /// The name typed before, kept after a failed attempt.
    var name: String
    /// Why the last attempt failed, if it did.
    var error: String?
}
