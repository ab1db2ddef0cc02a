import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTPCompression

/// Fetches one feed politely and safely: conditional GET, gzip, redirects checked hop by hop,
/// timeouts and a size cap. `file:` URLs and plain paths are read from disk.
///
/// Each hop connects to the address the ``URLGuard`` approved (through AsyncHTTPClient's DNS
/// override, so TLS still verifies the host name): a second DNS lookup cannot send the request
/// elsewhere.
///
/// ```swift
/// let fetcher = FeedFetcher(configuration: IngestionConfiguration())
/// let fetched = try await fetcher.fetch("https://example.nl/feed", validators: Validators(etag: "\"abc\""))
/// ```
public struct FeedFetcher: Sendable {
    /// Limits, timeouts and the User-Agent.
    public let configuration: IngestionConfiguration
    /// Whether `file:` URLs and paths are read; only sources that an operator added are local.
    public let readsLocalFiles: Bool
    private let urlGuard: URLGuard

    /// A fetcher whose guard follows `configuration.allowPrivateNetworks`.
    public init(configuration: IngestionConfiguration, readsLocalFiles: Bool = false, resolver: any HostResolver = SystemResolver()) {
        self.init(
            configuration: configuration,
            readsLocalFiles: readsLocalFiles,
            guard: URLGuard(allowPrivateNetworks: configuration.allowPrivateNetworks, resolver: resolver)
        )
    }

    /// A fetcher with its own guard.
    public init(configuration: IngestionConfiguration, readsLocalFiles: Bool = false, guard urlGuard: URLGuard) {
        self.configuration = configuration
        self.readsLocalFiles = readsLocalFiles
        self.urlGuard = urlGuard
    }

    /// Fetches `location` (an http(s) or file URL, or a path).
    ///
    /// - Throws: ``FetchError`` saying why there is no document.
    public func fetch(_ location: String, validators: Validators = Validators()) async throws -> FetchedFeed {
        if readsLocalFiles, let path = LocalFeedFile.path(of: location) {
            return try LocalFeedFile(path: path, maxBytes: configuration.maxResponseBytes).read(validators: validators)
        }
        guard var url = URL(string: location) else { throw FetchError.refused("'\(location)' is not a URL") }
        var permanentSoFar = true
        var movedTo: String?
        for _ in 0...configuration.maxRedirects {
            let response = try await fetchOnce(url, validators: validators)
            guard let target = response.redirect else {
                var fetched = response.feed
                fetched.movedTo = movedTo
                return fetched
            }
            guard let next = URL(string: target, relativeTo: url)?.absoluteURL else {
                throw FetchError.refused("the redirect to '\(target)' is not a URL")
            }
            permanentSoFar = permanentSoFar && (response.feed.statusCode == 301 || response.feed.statusCode == 308)
            if permanentSoFar { movedTo = next.absoluteString }
            url = next
        }
        throw FetchError.refused("more than \(configuration.maxRedirects) redirects")
    }

    private struct HopResponse {
        var feed: FetchedFeed
        var redirect: String?
    }

    private func fetchOnce(_ url: URL, validators: Validators) async throws -> HopResponse {
        let address = try await urlGuard.check(url)
        var clientConfiguration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(
                connect: .milliseconds(Int64(configuration.connectTimeoutSeconds * 1000)),
                read: .milliseconds(Int64(configuration.responseTimeoutSeconds * 1000))
            ),
            decompression: .enabled(limit: .size(configuration.maxResponseBytes))
        )
        var host = url.host ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        clientConfiguration.dnsOverride = [host: address.description]
        // A client per hop: the DNS override is per client, and polling is too infrequent for a
        // connection pool to matter.
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
        let started = ContinuousClock.now
        do {
            let response = try await withDeadline(seconds: configuration.responseTimeoutSeconds) {
                try await self.exchange(client: client, url: url, validators: validators)
            }
            try await client.shutdown()
            return response
        } catch {
            try? await client.shutdown()
            let timeout = configuration.responseTimeoutSeconds
            let described = Self.describe(error, limit: configuration.maxResponseBytes, timeout: timeout)
            // The read timeout, the request's deadline and `withDeadline` all fire at about the
            // same moment: once the response timeout has passed, a connection that failed timed out.
            // Other errors (too large, a bad status) stay what they are, however late they came.
            if described.isTransport, ContinuousClock.now - started >= .milliseconds(Int64(timeout * 1000)) {
                throw FetchError.timedOut(seconds: timeout)
            }
            throw described
        }
    }

    private func exchange(client: HTTPClient, url: URL, validators: Validators) async throws -> HopResponse {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(
            name: "Accept",
            value: "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
        )
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        let response = try await client.execute(request, deadline: .now() + .milliseconds(Int64(configuration.responseTimeoutSeconds * 1000)))
        var headers: [String: String] = [:]
        for header in response.headers { headers[header.name.lowercased()] = header.value }
        let status = Int(response.status.code)
        let finalURL = url.absoluteString
        switch status {
        case 200:
            let contentLength = headers["content-length"].flatMap(Int.init)
            if let contentLength, contentLength > configuration.maxResponseBytes { throw FetchError.tooLarge(limit: configuration.maxResponseBytes) }
            var body = Data()
            for try await chunk in response.body {
                guard body.count + chunk.readableBytes <= configuration.maxResponseBytes else {
                    throw FetchError.tooLarge(limit: configuration.maxResponseBytes)
                }
                body.append(contentsOf: chunk.readableBytesView)
            }
            return HopResponse(feed: FetchedFeed(body: body, finalURL: finalURL, statusCode: status, headers: headers))
        case 304:
            return HopResponse(feed: FetchedFeed(body: nil, finalURL: finalURL, statusCode: status, headers: headers))
        case 301, 302, 303, 307, 308:
            guard let location = headers["location"], !location.isEmpty else { throw FetchError.status(status) }
            return HopResponse(feed: FetchedFeed(body: nil, finalURL: finalURL, statusCode: status, headers: headers), redirect: location)
        case 410:
            throw FetchError.gone
        default:
            throw FetchError.status(status, retryAfter: headers["retry-after"].flatMap { RetryAfter.seconds(from: $0) })
        }
    }

    /// Errors from AsyncHTTPClient and NIO in an operator's words.
    private static func describe(_ error: any Error, limit: Int, timeout: Double) -> FetchError {
        if let error = error as? FetchError { return error }
        if error is CancellationError { return .transport("cancelled") }
        if let error = error as? NIOHTTPDecompression.DecompressionError {
            return error == .limit ? .tooLarge(limit: limit) : .transport("the compressed body cannot be decompressed (\(error))")
        }
        if let client = error as? HTTPClientError {
            switch client {
            case .connectTimeout: return .transport("no connection within the connect timeout")
            // The request's deadline is the response timeout: whichever of it and `withDeadline`
            // fires first, the operator reads the same error.
            case .deadlineExceeded: return .timedOut(seconds: timeout)
            case .readTimeout: return .transport("the server stopped sending before the response was complete")
            case .remoteConnectionClosed: return .transport("the server closed the connection before the response was complete (truncated)")
            default: return .transport(String(describing: client))
            }
        }
        return .transport(String(describing: error))
    }
}
