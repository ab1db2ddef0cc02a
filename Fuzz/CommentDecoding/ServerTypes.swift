// The two server types CommentValidator names, without Hummingbird: the fuzzer compiles
// CommentForm.swift and CommentValidator.swift from Sources/StempelServer unchanged, and these
// stand in for StempelConfiguration.swift and ProblemDetails.swift, which need the whole server.

/// The limits, with the server's defaults (Sources/StempelServer/Configuration/StempelConfiguration.swift).
struct CommentLimits: Sendable {
    var bodyMaxCharacters = 5_000
    var authorNameMaxCharacters = 100
    var emailMaxCharacters = 254
    var urlMaxCharacters = 2_048
}

/// The validator's error: the invalid fields.
struct ProblemDetails: Error {
    struct FieldError: Sendable {
        var field: String
        var message: String
    }

    var errors: [FieldError]

    static func invalidFields(_ errors: [FieldError]) -> ProblemDetails { ProblemDetails(errors: errors) }
}
