import ModerationKit

/// Flags links through URL shorteners (`bit.ly/…`, `tinyurl.com/…`), which hide where a link goes.
///
/// Identifier `short-links`. Spammers shorten links so that moderators and link rules cannot see
/// the destination; a reader sharing a real source rarely needs to. One finding per comment,
/// scored ``Options/score`` (3 by default: not enough to hold alone, but it adds up with other
/// signals). Written by following `docs/writing-a-rule.md`, as a check of that guide.
public struct ShortLinkDetector: ModerationRule {
    /// `short-links`, as sites name the rule in their configuration.
    public static let identifier = "short-links"
    /// A one-line description for `stempel rules`.
    public static let summary = "Flags links through URL shorteners, which hide where a link goes."

    /// The options with their defaults.
    public let options: Options
    // Built once per site, not once per comment.
    private let hosts: Set<String>

    /// Creates the rule with a site's options.
    public init(options: Options) {
        self.options = options
        hosts = Set((options.hosts + options.extraHosts).map { $0.lowercased() })
    }

    /// Judges the body; needs no history, so it neither awaits nor throws.
    public func evaluate(_ submission: Submission, in context: RuleContext) -> [Finding] {
        let found = LinkHosts.in(submission.body).filter { host in
            hosts.contains(host) || hosts.contains { host.hasSuffix("." + $0) }
        }
        guard let first = found.first else { return [] }
        let reason = found.count == 1 ? "a shortened link (\(first))" : "\(found.count) shortened links (\(first), …)"
        return [Finding(score: options.score, reason: reason)]
    }
}
