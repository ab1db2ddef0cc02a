import Foundation

/// What the published feeds say about the site and how they are served.
public struct FeedSite: Sendable, Hashable {
    /// The feeds' title, e.g. `Stempel: ervaringscolumns`.
    public var title: String
    /// The authority in every `tag:` id; never change it once feeds are published.
    public var authority: String
    /// The public base URL, without a trailing slash, for absolute links.
    public var baseURL: String
    /// The language of the site's text (`nl`).
    public var language: String
    /// How many items a feed document lists (the newest), and an archive page holds.
    public var pageSize: Int
    /// A WebSub hub to announce in feeds and to ping on changes.
    public var hub: String?

    /// Creates the description; a trailing slash on `baseURL` is dropped.
    public init(title: String, authority: String, baseURL: String, language: String = "nl", pageSize: Int = 50, hub: String? = nil) {
        self.title = title
        self.authority = authority
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.language = language
        self.pageSize = max(1, pageSize)
        self.hub = hub
    }

    /// The absolute URL of a path on this site.
    public func url(_ path: String) -> String {
        baseURL + path
    }
}
