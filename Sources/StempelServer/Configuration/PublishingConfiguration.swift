import Foundation

/// How the published feeds are paged, cached and announced.
public struct PublishingConfiguration: Sendable, Hashable {
    /// How many items a feed document lists and an archive page holds. Default 50.
    public var pageSize = 50
    /// `Cache-Control: max-age` of feeds and the index page, in seconds. Default 300.
    public var maxAgeSeconds = 300
    /// `Cache-Control: max-age` of full archive pages, which rarely change. Default 86,400 (a day).
    public var archiveMaxAgeSeconds = 86_400
    /// The language of the site's text, in feeds. Default `nl`.
    public var language = "nl"
    /// A WebSub hub to announce and ping on changes (`https://pubsubhubbub.appspot.com/`, say).
    /// Default none.
    public var websubHub: String?

    /// The defaults.
    public init() {}
}
