import ModerationKit

extension FloodGuard {
    /// How a site tunes the flood guard. Every option has a default, so `{}` is valid.
    ///
    /// Two tiers, each a limit on the comments from one source within a window, this comment
    /// included: above the *hold* limit the comment scores ``holdScore``, above the *reject*
    /// limit it is rejected. Windows are written `"90s"`, `"10m"`, `"1h"`, `"2d"` or as whole
    /// seconds, above 0 and at most 30 days.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   holdLimit: 3
    ///   holdWindow: 5m
    ///   countBy: [authorEmail, authorName, clientNetwork]
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// At most this many comments from one source in ``holdWindow``; one more scores
        /// ``holdScore``. At least 1. Default `5`.
        public var holdLimit = 5

        /// The window of the hold limit. Default 10 minutes (`"10m"`).
        public var holdWindow: Duration = .seconds(600)

        /// The score above the hold limit, finite and above 0. Default `5`: holds on its own
        /// under the default policy, yet a trusted author's bonus can still let it through.
        public var holdScore = 5.0

        /// At most this many comments from one source in ``rejectWindow``; one more is a
        /// forced **reject**. At least 1. Default `20`.
        public var rejectLimit = 20

        /// The window of the reject limit. Default 1 hour (`"1h"`).
        public var rejectWindow: Duration = .seconds(3_600)

        /// The score of the reject finding, finite and at least 0. Default `10`; the forced
        /// reject decides whatever the score.
        public var rejectScore = 10.0

        /// What makes comments come from one source: `authorEmail` (compared without regard to
        /// case), `authorName` (exactly as written) and `clientNetwork`. Default
        /// `[authorEmail, clientNetwork]`: names are left out because many readers share one
        /// ("Jan", "Anoniem").
        public var countBy: [CountKey] = [.authorEmail, .clientNetwork]

        /// How many leading bits of an IPv4 address make its network: `24` (the network, as the
        /// store groups addresses) or `32` (the single address). Default `24`. The store keeps
        /// each comment's network at /24, so no other length can be asked.
        public var ipv4PrefixLength = 24

        /// How many leading bits of an IPv6 address make its network: `48` (as the store groups
        /// addresses) or `128` (the single address). Default `48`.
        public var ipv6PrefixLength = 48

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let window = "a length of time such as \"10m\", \"1h\" or \"24h\" (or whole seconds), above 0 and at most 30 days"
            holdLimit = try container.decode(.holdLimit, default: holdLimit, expecting: "a whole number of at least 1") { $0 >= 1 }
            holdWindow = try container.decode(.holdWindow, default: TimeWindow(holdWindow), expecting: window, where: Self.isWindow).duration
            holdScore = try container.decode(.holdScore, default: holdScore, expecting: "a finite number above 0") { $0.isFinite && $0 > 0 }
            rejectLimit = try container.decode(.rejectLimit, default: rejectLimit, expecting: "a whole number of at least 1") { $0 >= 1 }
            rejectWindow = try container.decode(.rejectWindow, default: TimeWindow(rejectWindow), expecting: window, where: Self.isWindow).duration
            rejectScore = try container.decode(.rejectScore, default: rejectScore, expecting: "a finite number of at least 0") {
                $0.isFinite && $0 >= 0
            }
            countBy = try container.decode(.countBy, default: countBy, expecting: "a list of authorEmail, authorName and clientNetwork") { _ in true }
            ipv4PrefixLength = try container.decode(.ipv4PrefixLength, default: ipv4PrefixLength, expecting: "24 or 32") { [24, 32].contains($0) }
            ipv6PrefixLength = try container.decode(.ipv6PrefixLength, default: ipv6PrefixLength, expecting: "48 or 128") { [48, 128].contains($0) }
        }

        /// Encodes every option, windows as text (`"10m"`), so that configuration can be written back.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(holdLimit, forKey: .holdLimit)
            try container.encode(TimeWindow(holdWindow), forKey: .holdWindow)
            try container.encode(holdScore, forKey: .holdScore)
            try container.encode(rejectLimit, forKey: .rejectLimit)
            try container.encode(TimeWindow(rejectWindow), forKey: .rejectWindow)
            try container.encode(rejectScore, forKey: .rejectScore)
            try container.encode(countBy, forKey: .countBy)
            try container.encode(ipv4PrefixLength, forKey: .ipv4PrefixLength)
            try container.encode(ipv6PrefixLength, forKey: .ipv6PrefixLength)
        }

        private static func isWindow(_ window: TimeWindow) -> Bool {
            window.duration > .zero && window.duration <= .seconds(30 * 86_400)
        }

        private enum CodingKeys: String, CodingKey {
            case holdLimit, holdWindow, holdScore, rejectLimit, rejectWindow, rejectScore, countBy, ipv4PrefixLength, ipv6PrefixLength
        }
    }

    /// What makes comments come from one source, in ``Options/countBy``.
    public enum CountKey: String, Codable, Hashable, Sendable, CaseIterable {
        /// The author's email address, compared without regard to case.
        case authorEmail
        /// The author's name, exactly as written.
        case authorName
        /// The client's network (or address, see ``Options/ipv4PrefixLength``).
        case clientNetwork
    }
}
