import Foundation
import Hummingbird
import Mustache

/// Renders the moderation UI's pages from the Mustache templates shipped as resources, inside
/// the common layout, with the reader's language and the session's CSRF token.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    /// The stylesheet and script, by file name.
    let assets: [String: StaticAsset]

    /// Loads every template and asset from the module's resources.
    ///
    /// - Throws: when a file is missing or a template does not parse; the message names the file.
    static func load() throws -> PageRenderer {
        guard let resources = Bundle.module.url(forResource: "WebAssets", withExtension: nil) else {
            throw WebUILoadError(message: "the StempelServer resource bundle has no WebAssets folder")
        }
        var library = MustacheLibrary()
        let templates = resources.appendingPathComponent("Templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path) where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
            do {
                library.register(try MustacheTemplate(string: text), named: String(name.dropLast(".mustache".count)))
            } catch {
                throw WebUILoadError(message: "template \(name) does not parse: \(error)")
            }
        }
        var assets: [String: StaticAsset] = [:]
        for (name, type) in [("moderate.css", "text/css; charset=utf-8"), ("moderate.js", "text/javascript; charset=utf-8")] {
            let data = try Data(contentsOf: resources.appendingPathComponent("Static").appendingPathComponent(name))
            assets[name] = StaticAsset(contentType: type, bytes: data)
        }
        return PageRenderer(library: library, assets: assets)
    }

    /// A page: `template` rendered with `content` in the layout, as `text/html`.
    func render<Content: Sendable>(
        _ template: String,
        content: Content,
        status: HTTPResponse.Status = .ok,
        request: Request,
        context: StempelRequestContext
    ) -> Response {
        let language = UILanguage.negotiate(request)
        let page = Page(language: language, request: request, session: context.session, content: content)
        guard let html = library.render(page, withTemplate: template) else {
            context.logger.error("missing template", metadata: ["template": "\(template)"])
            return Response(status: .internalServerError)
        }
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if let choice = request.uri.queryParameters["lang"], UILanguage(rawValue: String(choice)) != nil {
            // Remember the switch; a preference, so SameSite=Lax is enough.
            let cookie = Cookie(
                name: UILanguage.cookieName, value: String(choice), maxAge: 365 * 24 * 3600, path: "/moderate", httpOnly: true, sameSite: .lax)
            headers[.setCookie] = cookie.description
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// The templates or assets could not be loaded.
struct WebUILoadError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A file served as it is, with a validator so browsers revalidate cheaply.
struct StaticAsset: Sendable {
    let contentType: String
    let bytes: Data
}
