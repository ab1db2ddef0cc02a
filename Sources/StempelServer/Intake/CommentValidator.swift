import Foundation
import ModerationKit

/// Checks a submitted comment against the limits and turns it into a ``Submission``.
///
/// Text is trimmed; an empty email or URL counts as absent. Every problem is reported at once,
/// so a client can fix them all in one go.
struct CommentValidator: Sendable {
    let limits: CommentLimits

    func submission(
        from form: CommentForm,
        column: String,
        clientAddress: String?,
        source: Submission.Source,
        now: Date
    ) throws(ProblemDetails) -> Submission {
        var errors: [ProblemDetails.FieldError] = []
        let body = Self.clean(form.body) ?? ""
        let name = Self.clean(form.authorName) ?? ""
        let email = Self.clean(form.email)
        let url = Self.clean(form.url)

        if !Self.isVisible(body) {
            errors.append(.init(field: "body", message: "must not be empty"))
        } else if body.count > limits.bodyMaxCharacters {
            errors.append(.init(field: "body", message: "is \(body.count) characters long; at most \(limits.bodyMaxCharacters) are allowed"))
        }
        let nameField = source == .form ? "author" : "author.name"
        if !Self.isVisible(name) {
            errors.append(.init(field: nameField, message: "must not be empty"))
        } else if name.count > limits.authorNameMaxCharacters {
            errors.append(.init(field: nameField, message: "is longer than \(limits.authorNameMaxCharacters) characters"))
        }
        if let email {
            if email.count > limits.emailMaxCharacters {
                errors.append(
                    .init(field: source == .form ? "email" : "author.email", message: "is longer than \(limits.emailMaxCharacters) characters"))
            } else if !Self.looksLikeEmail(email) {
                errors.append(.init(field: source == .form ? "email" : "author.email", message: "is not an email address"))
            }
        }
        if let url {
            if url.count > limits.urlMaxCharacters {
                errors.append(.init(field: source == .form ? "url" : "author.url", message: "is longer than \(limits.urlMaxCharacters) characters"))
            } else if !Self.isWebURL(url) {
                errors.append(.init(field: source == .form ? "url" : "author.url", message: "must be an http or https URL"))
            }
        }
        guard errors.isEmpty else { throw .invalidFields(errors) }
        return Submission(
            body: body,
            author: .init(name: name, email: email, url: url),
            column: column,
            clientAddress: clientAddress,
            receivedAt: now,
            source: source
        )
    }

    /// Trims whitespace and drops NUL and other control characters except newlines and tabs.
    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        // Nearly every field has nothing to drop or trim: answer that from the bytes, without
        // a walk over Unicode properties (every comment sends four fields through here).
        if !hasControlCharacter(text), let first = text.utf8.first, let last = text.utf8.last, isVisibleASCII(first), isVisibleASCII(last) {
            return text
        }
        let scalars = text.unicodeScalars.filter { scalar in
            scalar == "\n" || scalar == "\t" || !(scalar.properties.generalCategory == .control)
        }
        let cleaned = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespacesAndNewlines)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Whether the text holds a control character (Unicode's `Cc`: U+0000–U+001F and
    /// U+007F–U+009F) other than a newline or a tab, read from the UTF-8 bytes.
    static func hasControlCharacter(_ text: String) -> Bool {
        var afterC2 = false
        for byte in text.utf8 {
            if byte < 0x20 ? byte != 0x0A && byte != 0x09 : byte == 0x7F || (afterC2 && byte < 0xA0) { return true }
            afterC2 = byte == 0xC2
        }
        return false
    }

    /// An ASCII byte that is neither whitespace nor a control character, so nothing to trim.
    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// Whether a reader would see anything: text of only invisible format characters (a byte
    /// order mark, zero-width spaces and joiners, direction marks) and whitespace is empty.
    static func isVisible(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            !scalar.properties.isWhitespace && scalar.properties.generalCategory != .format && scalar.properties.generalCategory != .control
        }
    }

    private static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }

    private static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), url.host?.isEmpty == false else { return false }
        return scheme == "http" || scheme == "https"
    }
}
