import ModerationKit

extension ShortLinkDetector {
    /// How a site tunes the rule; `{}` is valid.
    public struct Options: RuleOptions, Hashable {
        /// Shortener hosts (subdomains included). Default: the common public shorteners.
        public var hosts = [
            "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc",
            "rb.gy", "t.ly", "s.id", "v.gd",
        ]
        /// Hosts added to ``hosts`` (so a site need not repeat the defaults). Default none.
        public var extraHosts: [String] = []
        /// The score of the finding, at least 0. Default 3.
        public var score = 3.0

        /// The options with every default.
        public init() {}

        /// Decodes the options; a missing key keeps its default.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            hosts = try container.decodeIfPresent([String].self, forKey: .hosts) ?? hosts
            extraHosts = try container.decodeIfPresent([String].self, forKey: .extraHosts) ?? extraHosts
            score = try container.decodeIfPresent(Double.self, forKey: .score) ?? score
            guard score.isFinite, score >= 0 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .score, in: container, debugDescription: "expected a number of at least 0, not \(score)")
            }
            for host in hosts + extraHosts where host.isEmpty || host.contains("/") || host.contains(":") {
                throw DecodingError.dataCorruptedError(
                    forKey: hosts.contains(host) ? .hosts : .extraHosts,
                    in: container,
                    debugDescription: "expected bare host names such as bit.ly, not '\(host)'"
                )
            }
        }

        private enum CodingKeys: String, CodingKey {
            case hosts, extraHosts, score
        }
    }
}
