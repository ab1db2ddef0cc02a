import Foundation
import Hummingbird
import Storage

extension ModerationWebUI {
    func item(_ pages: PageRenderer, request: Request, context: StempelRequestContext) async throws -> Response {
        _ = try signedIn(context)
        let id = try context.parameters.require("id")
        if let rowID = HeldColumn.rowID(fromQueueID: id) { return try await columnItem(pages, rowID: rowID, request: request, context: context) }
        guard let comment = try await store.comment(id: id) else { throw WebError(.notFound, message: .notFound) }
        let language = UILanguage.negotiate(request)
        let column = try await store.columnSummary(slug: comment.columnSlug)
        let entries = try await store.decisions(forComment: id)
        let history = entries.map { entry in
            ItemContent.Entry(
                when: WebDates.text(entry.decidedAt),
                whenMachine: WebDates.machine(entry.decidedAt),
                actor: entry.actor == "rules" ? UIText.text("actor_rules", language) : entry.actor,
                action: UIText.table(language)["action_\(entry.action)"] ?? entry.action,
                change: [entry.fromStatus, entry.toStatus].compactMap { $0.map { UIText.text("status_\($0.rawValue)", language) } }
                    .joined(separator: " → "),
                note: entry.note,
                original: entry.originalBody
            )
        }
        let content = ItemContent(
            item: CommentCard(comment, columnTitle: column?.column.title, language: language),
            history: history,
            flash: Self.flash(request, language),
            back: "/moderate/items/\(comment.id)",
            from: comment.status.rawValue,
            canUndo: entries.last.map { $0.actor != "rules" && ModeratorAction(rawValue: $0.action) != nil && $0.toStatus == comment.status } ?? false
        )
        return pages.render("item", content: content, request: request, context: context)
    }

    /// Undoes the comment's latest decision from its page, then shows the page again.
    func undo(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context)
        _ = try await form(request, session: session)
        let id = try context.parameters.require("id")
        let result = try await store.undoLastDecision(commentID: id, actor: session.moderator.name, at: Date(), learners: engines.learners)
        switch result {
        case .undone: return Self.redirect("/moderate/items/\(id)?undone=1")
        case .nothingToUndo: return Self.redirect("/moderate/items/\(id)?conflicts=1")
        case .notFound: throw WebError(.notFound, message: .notFound)
        }
    }

    /// Saves a moderator's edit of the comment's text (a redaction), then shows the page again.
    func edit(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context)
        let form = try await form(request, session: session)
        let id = try context.parameters.require("id")
        let body = (form["body"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty, body.count <= configuration.limits.bodyMaxCharacters else {
            throw WebError(.unprocessableContent, message: .invalidBody, value: String(configuration.limits.bodyMaxCharacters))
        }
        let note = form["note"].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : String($0.prefix(1_000)) }
        switch try await store.edit(commentID: id, body: body, actor: session.moderator.name, note: note, at: Date()) {
        case .notFound: throw WebError(.notFound, message: .notFound)
        default: return Self.redirect("/moderate/items/\(id)?edited=1")
        }
    }
}
