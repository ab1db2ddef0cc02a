import Foundation
import Hummingbird
import Moderation
import Storage

extension ModerationWebUI {
    func queue(_ pages: PageRenderer, request: Request, context: StempelRequestContext) async throws -> Response {
        _ = try signedIn(context)
        let language = UILanguage.negotiate(request)
        let parameters = request.uri.queryParameters
        let column = parameters["column"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let rule = parameters["rule"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        var query = QueueQuery(column: column, rule: rule)
        // A cursor that is not ours starts at the beginning rather than failing the page.
        query.after = parameters["cursor"].flatMap { QueueCursor(token: String($0)) }
        let items = try await store.moderationQueue(query)
        let summaries = try await store.columnSummaries()
        let titles = Dictionary(summaries.map { ($0.column.slug, $0.column.title) }, uniquingKeysWith: { first, _ in first })

        var filter = URLComponents()
        filter.path = "/moderate/queue"
        let filters = [column.map { URLQueryItem(name: "column", value: $0) }, rule.map { URLQueryItem(name: "rule", value: $0) }].compactMap { $0 }
        // No items at all, not an empty list: that would leave a bare "?" on the path.
        filter.queryItems = filters.isEmpty ? nil : filters
        let back = filter.string ?? "/moderate/queue"
        var next: String?
        if items.count == query.limit, let last = items.last {
            filter.queryItems = (filter.queryItems ?? []) + [URLQueryItem(name: "cursor", value: last.cursor.token)]
            next = filter.string
        }
        let content = QueueContent(
            flash: Self.flash(request, language),
            columns: summaries.map { .init(value: $0.column.slug, label: $0.column.title, selected: $0.column.slug == column) },
            rules: engines.current.rules.map {
                .init(value: $0.identifier, label: UIText.ruleName($0.identifier, language), selected: $0.identifier == rule)
            },
            items: items.map { QueueEntry($0, columnTitles: titles, language: language) },
            hasItems: !items.isEmpty,
            back: back,
            nextHref: next
        )
        return pages.render("queue", content: content, request: request, context: context)
    }

    /// Applies the decision of a queue or item form: one comment (`decide` = `action id`) or the
    /// selection (`bulk` = action, the checked `id`s), then goes back with what happened.
    func decide(_ request: Request, context: StempelRequestContext) async throws -> Response {
        let session = try signedIn(context)
        let form = try await form(request, session: session)
        let action: ModeratorAction
        let ids: [String]
        if let single = form["decide"] {
            let parts = single.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, let chosen = ModeratorAction(rawValue: parts[0]) else { throw WebError(.badRequest, message: .unknownAction) }
            (action, ids) = (chosen, [parts[1]])
        } else {
            guard let chosen = form["bulk"].flatMap(ModeratorAction.init(rawValue:)) else { throw WebError(.badRequest, message: .unknownAction) }
            ids = Array(Set(form.all("id").filter { !$0.isEmpty })).sorted()
            guard (1...1_000).contains(ids.count) else { throw WebError(.unprocessableContent, message: .noSelection) }
            action = chosen
        }
        let expected = form["from"].flatMap(ModerationStatus.init(rawValue:)) ?? .held
        let note = form["note"].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : String($0.prefix(1_000)) }
        // Held columns (`column-12`) are decided apart from comments: they teach no learning rule.
        let columnIDs = ids.compactMap(HeldColumn.rowID(fromQueueID:))
        let commentIDs = ids.filter { HeldColumn.rowID(fromQueueID: $0) == nil }
        var counts = (decided: 0, unchanged: 0, conflicts: 0)
        if !commentIDs.isEmpty {
            let results = try await store.decide(
                commentIDs: commentIDs,
                action: action,
                actor: session.moderator.name,
                note: note,
                expecting: expected,
                at: Date(),
                learners: engines.learners
            )
            for result in results {
                switch result {
                case .decided: counts.decided += 1
                case .unchanged: counts.unchanged += 1
                case .conflict, .notFound: counts.conflicts += 1
                }
            }
        }
        if !columnIDs.isEmpty {
            let results = try await store.decideColumns(rowIDs: columnIDs, action: action, actor: session.moderator.name, note: note, at: Date())
            for result in results {
                switch result {
                case .decided: counts.decided += 1
                case .unchanged: counts.unchanged += 1
                case .conflict, .notFound: counts.conflicts += 1
                }
            }
        }
        let back = Self.localPath(form["back"])
        let separator = back.contains("?") ? "&" : "?"
        return Self.redirect("\(back)\(separator)decided=\(counts.decided)&unchanged=\(counts.unchanged)&conflicts=\(counts.conflicts)")
    }

    /// The outcome of the last decision, from the query the decision redirected to.
    static func flash(_ request: Request, _ language: UILanguage) -> [String] {
        let parameters = request.uri.queryParameters
        let outcomes: [(parameter: Substring, key: String)] = [
            ("decided", "flash_decided"), ("unchanged", "flash_unchanged"), ("conflicts", "flash_conflicts"),
            ("undone", "flash_undone"),
            ("edited", "flash_edited"),
            ("marked", "flash_marked"),
        ]
        return outcomes.compactMap { outcome -> String? in
            guard let count = parameters[outcome.parameter].flatMap({ Int(String($0)) }), count > 0 else { return nil }
            return UIText.text(outcome.key, language, String(count))
        }
    }
}
