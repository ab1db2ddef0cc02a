import Foundation

/// One published feed document: what it lists and in which format; its path is its identity.
///
/// ```swift
/// FeedKey(path: "/tags/klantbeleving.rss")  // .tag("klantbeleving") as RSS
/// FeedKey(subject: .columns(archivePage: nil), format: .atom).path  // "/feeds/columns.atom"
/// ```
public struct FeedKey: Sendable, Hashable {
    /// What a feed lists.
    public enum Subject: Sendable, Hashable {
        /// Published columns: the newest (`nil`) or one full archive page, counted from 1 = oldest.
        case columns(archivePage: Int?)
        /// The newest published columns with a tag.
        case tag(String)
        /// The approved comments on one column.
        case columnComments(slug: String)
        /// The newest approved comments on every column.
        case recentComments
    }

    /// What the feed lists.
    public var subject: Subject
    /// Its format.
    public var format: FeedFormat

    /// Creates a key.
    public init(subject: Subject, format: FeedFormat) {
        self.subject = subject
        self.format = format
    }

    /// The key for a request path, or nil when the path names no feed.
    public init?(path: String) {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        guard let last = segments.last, let dot = last.lastIndex(of: "."),
            let format = FeedFormat(rawValue: String(last[last.index(after: dot)...]))
        else { return nil }
        let name = String(last[..<dot])
        self.format = format
        switch (segments.dropLast().joined(separator: "/"), name) {
        case ("feeds", "columns"): subject = .columns(archivePage: nil)
        case ("feeds", "comments"): subject = .recentComments
        case ("feeds/columns/archive", let page):
            guard let number = Int(page), number >= 1, String(number) == page else { return nil }
            subject = .columns(archivePage: number)
        case ("tags", let tag):
            guard let decoded = tag.removingPercentEncoding, !decoded.isEmpty else { return nil }
            subject = .tag(decoded)
        default:
            guard segments.count == 3, segments[0] == "columns", name == "comments", !segments[1].isEmpty,
                let slug = segments[1].removingPercentEncoding
            else { return nil }
            subject = .columnComments(slug: slug)
        }
    }

    /// The path the feed is served at, percent-encoded where needed.
    public var path: String {
        switch subject {
        case .columns(nil): "/feeds/columns.\(format.fileExtension)"
        case .columns(let page?): "/feeds/columns/archive/\(page).\(format.fileExtension)"
        case .tag(let tag): "/tags/\(Self.encode(tag)).\(format.fileExtension)"
        case .columnComments(let slug): "/columns/\(Self.encode(slug))/comments.\(format.fileExtension)"
        case .recentComments: "/feeds/comments.\(format.fileExtension)"
        }
    }

    /// Whether this is an archive page, which changes rarely and is cached for long.
    public var isArchive: Bool {
        if case .columns(archivePage: .some) = subject { return true }
        return false
    }

    private static let segmentCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func encode(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? segment
    }
}
