import ModerationKit

/// Holds comments with more links than a site allows, as WordPress does.
///
/// Identifier `link-limit`. Counts the links in the body of a comment (the author's URL field
/// does not count):
///
/// - `http://` and `https://` URLs, in any case;
/// - `www.` addresses without a scheme (`www.example.nl`);
/// - bare domains followed by a path (`example.nl/aanbieding`); a bare domain without a path
///   (`nu.nl`) is not counted, since a missing space after a full stop looks just like one;
/// - HTML anchors (`<a href="…">…</a>`), once each: a URL in the anchor's text is part of the
///   same link. An anchor with no host (`mailto:`, a relative path) still counts.
///
/// A URL runs to the next space, quote or angle bracket, so a URL inside another one's query
/// counts once. Links to ``Options/allowedDomains`` and their subdomains are not counted.
///
/// More than ``Options/maximumLinks`` (default 1) counted links gives one finding, scored
/// ``Options/score`` (default 5, enough to hold), with a reason like
/// `"3 links (at most 1 allowed)"`. No links, no findings.
///
/// ```swift
/// var options = LinkLimiter.Options()
/// options.allowedDomains = ["example.nl"]
/// let rule = LinkLimiter(options: options)
/// ```
public struct LinkLimiter: ModerationRule {
    /// `link-limit`, as sites name the rule in their configuration.
    public static let identifier = "link-limit"

    /// A one-line description for `stempel rules`.
    public static let summary = "Holds comments with more links than allowed, not counting links to allowed domains."

    /// The options the rule was built with.
    public let options: Options

    private let allowList: DomainAllowList

    /// Creates the rule with a site's options, preparing the allowed domains for lookup.
    public init(options: Options) {
        self.options = options
        self.allowList = DomainAllowList(options.allowedDomains)
    }

    /// Judges the body of a submission; the author's URL and the history play no part.
    ///
    /// Synchronous and non-throwing: one pass over the body's bytes.
    ///
    /// - Returns: one finding when the body has too many links, otherwise none.
    public func evaluate(_ submission: Submission, in context: RuleContext) -> [Finding] {
        let links = LinkScanner.hosts(in: submission.body).count { host in
            guard let host else { return true }
            return !allowList.contains(host)
        }
        guard links > options.maximumLinks else { return [] }
        return [Finding(score: options.score, reason: "\(links) \(links == 1 ? "link" : "links") (\(allowance))")]
    }

    private var allowance: String {
        options.maximumLinks == 0 ? "none allowed" : "at most \(options.maximumLinks) allowed"
    }
}
