import Foundation
import Hummingbird
import Storage

extension ModerationWebUI {
    func authors(_ pages: PageRenderer, request: Request, context: StempelRequestContext) async throws -> Response {
        _ = try signedIn(context)
        let language = UILanguage.negotiate(request)
        let flash: String? =
            if request.uri.queryParameters["removed"] != nil {
                UIText.text("author_unmarked", language)
            } else if request.uri.queryParameters["marked"]
                != nil
            { UIText.text("author_marked", language) } else { nil }
        let content = try await authorsContent(language: language, flash: flash)
        return pages.render("authors", content: content, request: request, context: context)
    }

    /// The authors page's form: a kind (email, address, network), a value, a standing and a note.
    func markAuthor(_ pages: PageRenderer, request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context)
        let form = try await form(request, session: session)
        let language = UILanguage.negotiate(request)
        let value = (form["value"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let note = Self.note(form["note"])
        let key: AuthorKey
        do {
            switch form["kind"] {
            case "address": key = try AuthorKey(address: value)
            case "network": key = try AuthorKey(network: value)
            case "email_hash": key = try AuthorKey(emailHash: value)
            default: key = try AuthorKey(email: value)
            }
        } catch {
            var content = try await authorsContent(language: language, flash: nil)
            (content.value, content.note, content.error) = (value, note ?? "", UIText.text("error_invalid_author", language))
            return pages.render("authors", content: content, status: .unprocessableContent, request: request, context: context)
        }
        let standing: AuthorMark.Standing = form["standing"] == AuthorMark.Standing.trusted.rawValue ? .trusted : .blocked
        _ = try await store.markAuthor(key, as: standing, note: note, actor: session.moderator.name, at: Date())
        return Self.redirect("/moderate/authors?marked=1")
    }

    /// A queue item's "trust" or "block" button (`mark` = `trusted id` or `blocked id`): marks the
    /// comment's author by email address when it has one, else by client address.
    func markItemAuthor(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context)
        let form = try await form(request, session: session)
        let parts = (form["mark"] ?? "").split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let standing = AuthorMark.Standing(rawValue: parts[0]) else { throw WebError(.badRequest, message: .unknownAction) }
        guard let comment = try await store.comment(id: parts[1]) else { throw WebError(.notFound, message: .notFound) }
        let submission = comment.submission
        let key: AuthorKey
        if let email = submission.author.email, let byEmail = try? AuthorKey(email: email) {
            key = byEmail
        } else if let address = submission.clientAddress, let byAddress = try? AuthorKey(address: address) {
            key = byAddress
        } else {
            throw WebError(.unprocessableContent, message: .invalidAuthor)
        }
        let note = Self.note(form["note"]) ?? "\(standing.rawValue) from comment \(comment.id)"
        _ = try await store.markAuthor(key, as: standing, note: note, actor: session.moderator.name, at: Date())
        let back = Self.localPath(form["back"])
        return Self.redirect("\(back)\(back.contains("?") ? "&" : "?")marked=1")
    }

    func unmarkAuthor(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context)
        _ = try await form(request, session: session)
        guard let id = context.parameters.get("id").flatMap(Int64.init),
            try await store.removeAuthorMark(id: id, actor: session.moderator.name, at: Date()) != nil
        else { throw WebError(.notFound, message: .notFound) }
        return Self.redirect("/moderate/authors?removed=1")
    }

    private static func note(_ text: String?) -> String? {
        text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : String($0.prefix(1_000)) }
    }

    private func authorsContent(language: UILanguage, flash: String?) async throws -> AuthorsContent {
        let marks = try await store.authorMarks().map { mark in
            AuthorsContent.Mark(
                id: String(mark.id),
                kind: UIText.text("author_kind_\(mark.key.kind.rawValue)", language),
                value: mark.key.value,
                standing: UIText.text("standing_\(mark.standing.rawValue)", language),
                isBlocked: mark.standing == .blocked,
                note: mark.note,
                markedBy: mark.markedBy,
                marked: WebDates.text(mark.markedAt)
            )
        }
        return AuthorsContent(marks: marks, hasMarks: !marks.isEmpty, flash: flash, error: nil, value: "", note: "")
    }
}
