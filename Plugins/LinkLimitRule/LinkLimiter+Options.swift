import ModerationKit

extension LinkLimiter {
    /// How a site tunes the link limit. Every option has a default, so `{}` is valid.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   maximumLinks: 2
    ///   allowedDomains: [example.nl, wikipedia.org]
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// A comment with more counted links than this is a finding; at least 0. Default `1`,
        /// so two links are held, as in WordPress.
        public var maximumLinks = 1

        /// Links to these domains, and to their subdomains, are not counted: `example.nl`
        /// allows `www.example.nl` and `blog.example.nl`, not `notexample.nl`. Bare domain
        /// names, compared without regard to case. Default empty.
        public var allowedDomains: [String] = []

        /// The score of the finding, finite and at least 0. Default `5`: enough to hold on its
        /// own under the default policy (hold at 5, reject at 10).
        public var score = 5.0

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            maximumLinks = try container.decode(.maximumLinks, default: maximumLinks, expecting: "a whole number of at least 0") {
                $0 >= 0
            }
            allowedDomains = try container.decode(
                .allowedDomains,
                default: allowedDomains,
                expecting: "a list of bare domain names such as example.nl (subdomains are included)"
            ) { $0.allSatisfy(DomainAllowList.isDomainName) }
            score = try container.decode(.score, default: score, expecting: "a finite number of at least 0") {
                $0.isFinite && $0 >= 0
            }
        }

        private enum CodingKeys: String, CodingKey {
            case maximumLinks, allowedDomains, score
        }
    }
}
