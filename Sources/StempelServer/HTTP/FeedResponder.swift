import Foundation
import HTTPTypes
import Hummingbird
import Publishing
import Syndication

/// Serves a rendered document the way feed readers poll it cheaply: strong `ETag`,
/// `Last-Modified`, `304 Not Modified` on a matching `If-None-Match` (or, without one, an
/// `If-Modified-Since` no older than the document), `Cache-Control`, gzip when the client accepts
/// it, `HEAD` without a body, and WebSub `Link` headers when a hub is configured.
struct FeedResponder: Sendable {
    /// `Cache-Control` of feeds and pages.
    private let cacheControl: String
    /// `Cache-Control` of archive pages, which rarely change.
    private let archiveCacheControl: String
    /// The WebSub hub, if any.
    let hub: String?

    /// Creates a responder with the configured `max-age`s, in seconds.
    init(maxAge: Int, archiveMaxAge: Int, hub: String?) {
        cacheControl = "public, max-age=\(maxAge)"
        archiveCacheControl = "public, max-age=\(archiveMaxAge)"
        self.hub = hub
    }

    func response(to request: Request, with feed: RenderedFeed, selfLink: String?) -> Response {
        let gzip = feed.gzipBody != nil && Self.acceptsGzip(request.headers[.acceptEncoding])
        let entityTag = gzip ? feed.gzipEntityTag : feed.entityTag
        var headers = HTTPFields()
        headers[.contentType] = feed.contentType
        headers[.eTag] = entityTag
        headers[.lastModified] = feed.lastModifiedHeader
        headers[.cacheControl] = feed.isArchive ? archiveCacheControl : cacheControl
        headers[.vary] = "Accept-Encoding"
        if feed.contentType.hasPrefix("text/html") {
            // The pages need no script and no style sheet; column HTML was sanitized, and this
            // stops anything that slipped through from running or loading.
            headers[HTTPField.Name("Content-Security-Policy")!] =
                "default-src 'none'; img-src https: data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
            headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        }
        if let hub, let selfLink {
            headers[HTTPField.Name("Link")!] = "<\(hub)>; rel=\"hub\", <\(selfLink)>; rel=\"self\""
        }
        if Self.isNotModified(request.headers, feed: feed) {
            return Response(status: .notModified, headers: headers)
        }
        guard let body = gzip ? feed.gzipBody : feed.body else { return Response(status: .internalServerError) }
        if gzip {
            headers[.contentEncoding] = "gzip"
        }
        if request.method == .head {
            headers[.contentLength] = String(body.readableBytes)
            return Response(status: .ok, headers: headers, body: ResponseBody())
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// RFC 9110, 13.1.2 and 13.1.3: `If-None-Match` wins over `If-Modified-Since`; either
    /// representation's tag matches, since both name the same content.
    static func isNotModified(_ headers: HTTPFields, feed: RenderedFeed) -> Bool {
        let candidates = headers[values: .ifNoneMatch].flatMap { $0.split(separator: ",") }
        if !candidates.isEmpty {
            return candidates.contains { candidate in
                var tag = candidate.trimmingCharacters(in: .whitespaces)
                if tag.hasPrefix("W/") { tag.removeFirst(2) }  // If-None-Match compares weakly
                return tag == "*" || tag == feed.entityTag || tag == feed.gzipEntityTag
            }
        }
        guard let since = headers[.ifModifiedSince].flatMap(HTTPDate.date(from:)) else { return false }
        return feed.lastModified <= since
    }

    /// Whether `Accept-Encoding` allows gzip (not given with `q=0`).
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for part in header.lowercased().split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.first == "gzip" || pieces.first == "*" else { continue }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0
        }
        return false
    }
}
