import ModerationKit

/// Holds, then rejects, comments when one source sends too many in a short time.
///
/// Identifier `flood`. A *source* is an author email, an author name or a client network, as
/// chosen in ``Options/countBy`` (default email and network; networks are IPv4 /24 and IPv6 /48
/// as ``ClientNetwork`` groups them). For each source the rule asks the store how many comments
/// it sent within a window, with ``RuleContext/recentSubmissionCount(_:within:countingUpTo:)``.
///
/// **The store's count excludes the comment being judged**: it is stored only after the rules
/// have judged it. The rule adds one, so the limits and the reasons count this comment too:
///
/// - more than ``Options/holdLimit`` (default 5) in ``Options/holdWindow`` (default 10
///   minutes): one finding scored ``Options/holdScore`` (default 5, enough to hold);
/// - more than ``Options/rejectLimit`` (default 20) in ``Options/rejectWindow`` (default 1
///   hour): one finding scored ``Options/rejectScore`` (default 10) with a forced **reject**,
///   instead of the hold finding.
///
/// The reason names every source over the limit, as in
/// `"6 comments from 203.0.113.0/24 in the last 10 minutes (at most 5)"`.
///
/// ```swift
/// let rule = FloodGuard(options: .init())
/// let findings = try await rule.evaluate(submission, in: context)
/// ```
public struct FloodGuard: ModerationRule {
    /// `flood`, as sites name the rule in their configuration.
    public static let identifier = "flood"

    /// A one-line description for `stempel rules`.
    public static let summary = "Holds, then rejects, comments when one author or network sends too many in a short time."

    /// The options the rule was built with.
    public let options: Options

    /// The tiers, longest window first, so that its count can spare the shorter window's query.
    private let tiers: [Tier]
    private let countBy: [CountKey]

    /// Creates the rule with a site's options.
    public init(options: Options) {
        self.options = options
        let hold = Tier(limit: options.holdLimit, window: options.holdWindow, score: options.holdScore, action: nil)
        let reject = Tier(limit: options.rejectLimit, window: options.rejectWindow, score: options.rejectScore, action: .reject)
        tiers = [hold, reject].sorted { $0.window > $1.window }
        var seen: Set<CountKey> = []
        countBy = options.countBy.filter { seen.insert($0).inserted }
    }

    /// Judges a submission by how many comments its sources sent before it.
    ///
    /// One or two history counts per source: the shorter window is only asked about when the
    /// longer one holds enough comments to go over its limit.
    ///
    /// - Returns: at most one finding: the reject finding, or else the hold finding.
    /// - Throws: when the history cannot be read.
    public func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        var reasons = Array(repeating: [String](), count: tiers.count)
        for (key, label) in sources(of: submission) {
            var longerCount: Int?
            for (index, tier) in tiers.enumerated() {
                // A count over a longer window bounds the count over a shorter one.
                if let longerCount, longerCount + 1 <= tier.limit { continue }
                // Counting past limit + 1 would tell nothing more and cost a flood's every row.
                let cap = tier.limit + 1
                let count = try await context.recentSubmissionCount(key, within: tier.window, countingUpTo: cap)
                longerCount = count
                // +1: the store's count excludes this comment.
                guard count + 1 > tier.limit else { continue }
                let window = TimeWindow(tier.window).words
                let amount = count >= cap ? "more than \(tier.limit)" : "\(count + 1)"
                reasons[index].append("\(amount) comments from \(label) in the last \(window) (at most \(tier.limit))")
            }
        }
        // The reject tier wins over the hold tier: one finding, for the strictest tier reached.
        let reached = tiers.indices.filter { !reasons[$0].isEmpty }
        guard let strictest = reached.first(where: { tiers[$0].action == .reject }) ?? reached.first else { return [] }
        let tier = tiers[strictest]
        return [Finding(score: tier.score, reason: reasons[strictest].joined(separator: "; "), action: tier.action)]
    }

    /// The history keys for the submission's sources, with how a reason names each.
    private func sources(of submission: Submission) -> [(HistoryKey, String)] {
        countBy.compactMap { key in
            switch key {
            case .authorEmail:
                guard let email = submission.author.email?.trimmed.lowercased(), !email.isEmpty else { return nil }
                return (.authorEmail(email), email)
            case .authorName:
                let name = submission.author.name
                guard !name.trimmed.isEmpty else { return nil }
                return (.authorName(name), "authors named '\(name)'")
            case .clientNetwork:
                return submission.clientAddress.flatMap(networkKey)
            }
        }
    }

    /// The store groups addresses at /24 and /48 only; a full-length prefix asks for the address.
    private func networkKey(_ address: String) -> (HistoryKey, String)? {
        guard let network = ClientNetwork.of(address, ipv4PrefixLength: options.ipv4PrefixLength, ipv6PrefixLength: options.ipv6PrefixLength)
        else { return nil }
        if network.hasSuffix("/32") || network.hasSuffix("/128") {
            return (.clientAddress(address), address)
        }
        return (.clientNetwork(network), network)
    }
}

extension FloodGuard {
    /// One limit: more than `limit` comments within `window` is a finding.
    private struct Tier {
        var limit: Int
        var window: Duration
        var score: Double
        var action: ForcedAction?
    }
}

extension String {
    /// The string without leading and trailing whitespace, without needing Foundation.
    fileprivate var trimmed: Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return self[start...end]
    }
}
