import Foundation
import Hummingbird
import Storage

extension ModerationWebUI {
    /// A held column's page (`/moderate/items/column-12`): the column as the queue shows it, its
    /// status, approve and reject while it is held, and its audit trail.
    func columnItem(_ pages: PageRenderer, rowID: Int64, request: Request, context: StempelRequestContext) async throws -> Response {
        guard let column = try await store.heldColumn(rowID: rowID) else { throw WebError(.notFound, message: .notFound) }
        let language = UILanguage.negotiate(request)
        let events = try await store.auditEvents(of: .column, id: column.id)
        let history = events.map { event in
            ItemContent.Entry(
                when: WebDates.text(event.at),
                whenMachine: WebDates.machine(event.at),
                actor: event.actor == "rules" ? UIText.text("actor_rules", language) : event.actor,
                action: UIText.table(language)["action_\(event.action)"] ?? event.action,
                change: [event.before?["status"], event.after?["status"]].compactMap { $0.map { UIText.text("status_\($0)", language) } }
                    .joined(separator: " → "),
                note: event.note,
                original: nil
            )
        }
        let content = ColumnItemContent(
            column: QueueEntry.ColumnCard(column, language: language),
            status: UIText.text("status_\(column.status.rawValue)", language),
            isHeld: column.status == .held,
            history: history,
            flash: Self.flash(request, language),
            back: "/moderate/items/\(column.id)"
        )
        return pages.render("column-item", content: content, request: request, context: context)
    }
}
