import Foundation
import ModerationKit

/// Holds comments that repeat an earlier comment, word for word or nearly.
///
/// Identifier `duplicates`. Two comments are alike when they share at least
/// ``Options/similarity`` (default 0.8) of their three-word sequences, after case, accents,
/// punctuation and spacing are set aside (see ``Options/similarity``). The rule compares the
/// comment with, in this order, stopping at the first duplicate:
///
/// 1. comments by the same author email within ``Options/window`` (default 24 hours): double
///    posts and reposts;
/// 2. comments from the same client network (IPv4 /24, IPv6 /48) within the same window: one
///    person under several names;
/// 3. comments by anyone on *another* column within ``Options/crossColumnWindow`` (default
///    1 hour): copy-paste spam across columns.
///
/// Each question fetches at most ``Options/maximumCompared`` (default 50) comments, newest
/// first. A duplicate scores ``Options/score`` (default 5, enough to hold), with a reason such
/// as `"92% the same as a comment by the same author 3 minutes ago"`. Failing those, a comment
/// of at least ``Options/earlierCopyMinimumWords`` (default 12) words with exactly the text of
/// any earlier comment scores ``Options/earlierCopyScore`` (default 2).
///
/// Comments with fewer than ``Options/minimumWords`` (default 4) words are never duplicates:
/// "Mooi!" and "Dank je wel" are written by many readers.
///
/// ```swift
/// let rule = DuplicateDetector(options: .init())
/// let findings = try await rule.evaluate(submission, in: context)
/// ```
public struct DuplicateDetector: ModerationRule {
    /// `duplicates`, as sites name the rule in their configuration.
    public static let identifier = "duplicates"

    /// A one-line description for `stempel rules`.
    public static let summary = "Holds comments that repeat an earlier comment by the same author or network, or one on another column."

    /// The options the rule was built with.
    public let options: Options

    /// Creates the rule with a site's options.
    public init(options: Options) {
        self.options = options
    }

    /// Judges a submission against the recent comments of its author, its network and other columns.
    ///
    /// At most three history fetches and one exact-body check.
    ///
    /// - Returns: at most one finding.
    /// - Throws: when the history cannot be read.
    public func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        let shingles = ShingleFingerprint(submission.body)
        guard shingles.wordCount >= options.minimumWords else { return [] }
        for question in questions(for: submission) {
            let earlier = try await context.recentSubmissions(question.key, within: question.window, limit: options.maximumCompared)
            let excluded = question.otherColumnsOnly ? submission.column : nil
            if let match = bestMatch(for: shingles, bodyLength: submission.body.utf8.count, among: earlier, excludingColumn: excluded) {
                let ago = Elapsed(from: match.submission.receivedAt, to: context.now)
                let source = question.describe(match.submission)
                return [Finding(score: options.score, reason: "\(Self.likeness(match.similarity)) a comment \(source) \(ago)")]
            }
        }
        if options.earlierCopyScore > 0, shingles.wordCount >= options.earlierCopyMinimumWords, try await context.hasSeenBody(submission.body) {
            return [Finding(score: options.earlierCopyScore, reason: "the same text as an earlier comment")]
        }
        return []
    }

    /// The history questions, in the order they are asked.
    private func questions(for submission: Submission) -> [Question] {
        var questions: [Question] = []
        if options.window > .zero {
            if let email = submission.author.email?.lowercased().trimmingWhitespace, !email.isEmpty {
                questions.append(Question(key: .authorEmail(email), window: options.window) { _ in "by the same author" })
            }
            if let network = submission.clientAddress.flatMap({ ClientNetwork.of($0) }) {
                questions.append(Question(key: .clientNetwork(network), window: options.window) { _ in "from the same network (\(network))" })
            }
        }
        if options.crossColumnWindow > .zero {
            questions.append(Question(key: .anyone, window: options.crossColumnWindow, otherColumnsOnly: true) { "on column '\($0.column)'" })
        }
        return questions
    }

    /// The most alike earlier comment at or above the threshold; the newest among equals.
    ///
    /// Walks the list by index and reads only the fields it needs: copying each earlier comment
    /// (five strings and its shingles) cost more retains and releases than the comparison.
    private func bestMatch(for shingles: ShingleFingerprint, bodyLength: Int, among earlier: [PastSubmission], excludingColumn excluded: String?)
        -> (submission: PastSubmission, similarity: Double)?
    {
        var best: (index: Int, similarity: Double)?
        for index in earlier.indices {
            if let excluded, earlier[index].column == excluded { continue }
            // Far longer or shorter texts cannot be alike; skip them before comparing their shingles.
            let length = earlier[index].body.utf8.count
            guard Double(min(length, bodyLength)) >= Double(max(length, bodyLength)) * options.similarity / 2 else { continue }
            // The shingles stored with the comment; computed here only for a history that keeps none.
            let other = earlier[index].fingerprint ?? ShingleFingerprint(earlier[index].body)
            guard shingles.bestPossibleSimilarity(to: other) >= options.similarity else { continue }
            let similarity = shingles.similarity(to: other)
            if similarity >= options.similarity, similarity > (best?.similarity ?? 0) {
                best = (index, similarity)
            }
        }
        return best.map { (earlier[$0.index], $0.similarity) }
    }

    /// "the same as" for a full match, else the share rounded down ("92% the same as"), so 99.6% never reads as 100%.
    private static func likeness(_ similarity: Double) -> String {
        similarity >= 1 ? "the same as" : "\(min(99, Int(similarity * 100)))% the same as"
    }
}

extension DuplicateDetector {
    /// One history question: whose comments, how far back, and how a reason names the match.
    private struct Question {
        var key: HistoryKey
        var window: Duration
        var otherColumnsOnly = false
        var describe: (PastSubmission) -> String
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, without Foundation's work when nothing is to be
    /// trimmed: text that starts and ends with ASCII other than a space or a tab (the only ASCII
    /// in that set), as nearly every email address does.
    fileprivate var trimmingWhitespace: String {
        guard let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, first != 0x20, first != 0x09, last != 0x20, last != 0x09
        else { return trimmingCharacters(in: .whitespaces) }
        return self
    }
}
