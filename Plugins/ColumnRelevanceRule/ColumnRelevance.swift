import ModerationKit

/// Rewards comments about their column, and scores generic praise with a link and nothing about it.
///
/// Identifier `column-relevance`. Compares the comment's words with the column's title, tags and
/// text, which it asks the store for (`RuleContext.column(_:)`); without them it says nothing.
/// Words are compared lowercased, accent-folded and lightly stemmed (`bakkers` meets `bakker`,
/// `broodje` meets `brood`), leaving out Dutch and English stop words, words of one or two
/// letters, and the words of generic praise ("mooi", "artikel", "great", "story").
///
/// - A comment that shares at least ``Options/minimumSharedWords`` (default 2) words with its
///   column is about it: a finding scored ``Options/relevanceScore`` (default −1), with a reason
///   like `"shares 4 words with the column (bakker, brood, oven, …)"`.
/// - A comment with a link (in the body, or by default the author's URL field), a generic praise
///   phrase ("Great post!", "Leuk artikel", "bedankt voor het delen") and fewer shared words is
///   the classic comment spam: a finding scored ``Options/praiseScore`` (default 3), with the
///   reason `"generic praise with a link, nothing about the column"`.
///
/// Anything else, and every comment on a column the store does not know, is no finding. A
/// column is read up to its first 64 KiB, a comment up to its first 64 KiB and 300 words.
///
/// A column's words are read once and kept with the rule (for up to 256 columns), not read
/// again for every comment on it; a column whose title, tags or text changed is read again.
///
/// ```swift
/// var history = RecordedHistory()
/// history.record(ColumnInfo(slug: "bakker", title: "De bakker op de hoek", tags: ["brood"], text: "…"))
/// let findings = try await ColumnRelevance(options: .init()).evaluate(submission, in: history.context())
/// ```
public struct ColumnRelevance: ModerationRule {
    /// `column-relevance`, as sites name the rule in their configuration.
    public static let identifier = "column-relevance"

    /// A one-line description for `stempel rules`.
    public static let summary = "Rewards comments about their column; scores generic praise with a link that says nothing about it."

    /// Bytes of a column (title, tags, then text), and of a comment, read at most.
    static let byteLimit = 65_536
    /// Shared words named in a reason.
    static let wordsInReason = 3

    /// The options the rule was built with.
    public let options: Options

    private let stopWords: Set<UInt64>
    /// Praise phrases as word hashes, by the hash of their first word.
    private let praise: [UInt64: [[UInt64]]]
    /// The words of the columns seen, read once per column (and again when it changes).
    let columnWords = ColumnWordCache(byteLimit: ColumnRelevance.byteLimit)

    /// Creates the rule with a site's options, hashing the stop words and praise phrases once.
    public init(options: Options) {
        self.options = options
        self.stopWords = Set(StopWords.all.compactMap { WordScanner.hashes($0).first })
        var praise: [UInt64: [[UInt64]]] = [:]
        for phrase in PraisePhrases.all {
            let words = WordScanner.hashes(phrase)
            if let first = words.first { praise[first, default: []].append(words) }
        }
        self.praise = praise
    }

    /// Judges a submission against its column.
    ///
    /// - Returns: one finding when the comment is about its column, or is generic praise with a
    ///   link; otherwise none.
    /// - Throws: what the store throws when asked for the column.
    public func evaluate(_ submission: Submission, in context: RuleContext) async throws -> [Finding] {
        guard let column = try await context.column(submission.column) else { return [] }
        let words = CommentWords(submission.body, byteLimit: Self.byteLimit, stopWords: stopWords)
        let shared = words.shared(with: columnWords.words(of: column))
        if shared.count >= options.minimumSharedWords {
            return [Finding(score: options.relevanceScore, reason: "shares \(shared.count) words with the column (\(Self.list(shared)))")]
        }
        guard praisesGenerically(words), hasLink(submission) else { return [] }
        let reason =
            shared.isEmpty
            ? "generic praise with a link, nothing about the column"
            : "generic praise with a link, only \(shared.count) word shared with the column (\(Self.list(shared)))"
        return [Finding(score: options.praiseScore, reason: reason)]
    }

    private func hasLink(_ submission: Submission) -> Bool {
        if options.countAuthorURL, let url = submission.author.url, url.contains(where: { !$0.isWhitespace }) { return true }
        return LinkCheck.hasLink(submission.body, byteLimit: Self.byteLimit)
    }

    private func praisesGenerically(_ words: CommentWords) -> Bool {
        let hashes = words.wordHashes
        for start in hashes.indices {
            guard let phrases = praise[hashes[start]] else { continue }
            for phrase in phrases where hashes[start...].starts(with: phrase) { return true }
        }
        return false
    }

    private static func list(_ words: [String]) -> String {
        words.prefix(wordsInReason).joined(separator: ", ") + (words.count > wordsInReason ? ", …" : "")
    }
}
