import Foundation
import Hummingbird
import Storage

extension ModerationWebUI {
    func item(_ pages: PageRenderer, request: Request, context: StempelRequestContext) async throws -> Response {
        _ = try signedIn(context)
        let id = try context.parameters.require("id")
        guard let comment = try await store.comment(id: id) else { throw WebError(.notFound, message: .notFound) }
        let language = UILanguage.negotiate(request)
        let column = try await store.columnSummary(slug: comment.columnSlug)
        let history = try await store.decisions(forComment: id).map { entry in
            ItemContent.Entry(
                when: WebDates.text(entry.decidedAt),
                whenMachine: WebDates.machine(entry.decidedAt),
                actor: entry.actor == "rules" ? UIText.text("actor_rules", language) : entry.actor,
                action: UIText.table(language)["action_\(entry.action)"] ?? entry.action,
                change: [entry.fromStatus, entry.toStatus].compactMap { $0.map { UIText.text("status_\($0.rawValue)", language) } }
                    .joined(separator: " → "),
                note: entry.note
            )
        }
        let content = ItemContent(
            item: CommentCard(comment, columnTitle: column?.column.title, language: language),
            history: history,
            flash: Self.flash(request, language),
            back: "/moderate/items/\(comment.id)",
            from: comment.status.rawValue
        )
        return pages.render("item", content: content, request: request, context: context)
    }
}
