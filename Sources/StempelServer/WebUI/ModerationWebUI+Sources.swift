import Foundation
import Hummingbird
import Storage

extension ModerationWebUI {
    /// The subscribed feeds with their status, for every moderator (adding and removing sources
    /// stays with admins, through the API and the command line).
    func sources(_ pages: PageRenderer, request: Request, context: StempelRequestContext) async throws -> Response {
        _ = try signedIn(context)
        let language = UILanguage.negotiate(request)
        let sources = try await (store as? any SourceStore)?.sources() ?? []
        let rows = sources.map { SourcesContent.Row($0, language: language) }
        return pages.render("sources", content: SourcesContent(sources: rows, hasSources: !rows.isEmpty), request: request, context: context)
    }
}
