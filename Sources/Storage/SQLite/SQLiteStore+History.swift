import Foundation
import GRDB
import ModerationKit

// The questions run synchronously on `history` (see ``HistoryReader`` for why). The
// single-statement ones use `unsafeRead`: one SELECT is already atomic in SQLite, and skipping
// GRDB's BEGIN/COMMIT around it saves two statements per question, on a path every comment
// takes several times.
extension SQLiteStore {
    public func approvedCommentCount(by author: Submission.Author) async throws -> Int {
        try history.unsafeRead { db in
            if let email = author.email?.lowercased(), !email.isEmpty {
                return try Int.fetchOne(
                    db.cachedStatement(sql: "SELECT COUNT(*) FROM comments WHERE author_email = ? AND status = 'approved'"), arguments: [email])
                    ?? 0
            }
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT COUNT(*) FROM comments WHERE author_name = ? AND status = 'approved'"), arguments: [author.name])
                ?? 0
        }
    }

    public func recentSubmissionCount(_ key: HistoryKey, since: Date, upTo cap: Int?) async throws -> Int {
        let (condition, arguments) = Self.condition(for: key, since: since)
        return try history.unsafeRead { db in
            // LIMIT inside: counting stops at the cap instead of walking a flood's every row.
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT COUNT(*) FROM (SELECT 1 FROM comments WHERE \(condition) LIMIT ?)"),
                arguments: arguments + [cap ?? -1]
            ) ?? 0
        }
    }

    public func recentSubmissions(_ key: HistoryKey, since: Date, limit: Int) async throws -> [PastSubmission] {
        let (condition, arguments) = Self.condition(for: key, since: since)
        return try history.unsafeRead { db in
            // The edit generation first, then which rows, newest first (from the index alone),
            // then only the rows not already kept (see ``PastSubmissionCache``). Reading the
            // generation before the rows means rows kept under it are never older than it says.
            let generation = try Int64.fetchOne(db.cachedStatement(sql: "SELECT generation FROM comment_edits WHERE id = 1")) ?? 0
            var found: [Int64] = []
            found.reserveCapacity(min(limit, 256))
            let rows = try Int64.fetchCursor(
                db.cachedStatement(sql: "SELECT comments.rowid FROM comments WHERE \(condition) ORDER BY comments.created_at DESC LIMIT ?"),
                arguments: arguments + [limit]
            )
            while let row = try rows.next() {
                found.append(row)
            }
            let cached = pastSubmissions.submissions(for: found, generation: generation)
            let missing = zip(found, cached).compactMap { $1 == nil ? $0 : nil }
            guard !missing.isEmpty else { return cached.compactMap { $0 } }
            let built = try Self.pastSubmissions(rows: missing, in: db)
            pastSubmissions.remember(built, generation: generation)
            let byRow = Dictionary(built.map { ($0.row, $0.submission) }, uniquingKeysWith: { first, _ in first })
            // A row gone between the two reads cannot happen (comments are never deleted); skip it if it does.
            return zip(found, cached).compactMap { $1 ?? byRow[$0] }
        }
    }

    /// The rules' view of these comment rows, read in one statement: only the columns a rule
    /// sees, by position; the date as seconds computed by SQLite, which is cheaper than parsing
    /// its text here; the shingles stored with the comment, so the duplicates rule need not
    /// compute them.
    private static func pastSubmissions(rows: [Int64], in db: Database) throws -> [(row: Int64, submission: PastSubmission)] {
        var built: [(row: Int64, submission: PastSubmission)] = []
        built.reserveCapacity(rows.count)
        let sql = """
            SELECT comments.body, columns.slug, comments.author_name, comments.author_email, comments.author_url,
                   (julianday(comments.created_at) - 2440587.5) * 86400.0, comments.shingles, comments.rowid
            FROM comments JOIN columns ON columns.id = comments.column_id
            WHERE comments.rowid IN (\(databaseQuestionMarks(count: rows.count)))
            """
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(rows))
        while let row = try cursor.next() {
            let shingles: Data? = row[6]
            let submission = PastSubmission(
                body: row[0],
                column: row[1],
                author: .init(name: row[2], email: row[3], url: row[4]),
                receivedAt: Date(timeIntervalSince1970: row[5]),
                fingerprint: shingles.flatMap(ShingleBlob.decode)
            )
            built.append((row[7], submission))
        }
        return built
    }

    public func column(slug: String) async throws -> ModerationKit.ColumnInfo? {
        if let known = columnInfos.info(for: slug) { return known }
        let info = try await columnSummary(slug: slug).map { summary in
            let column = summary.column
            return ModerationKit.ColumnInfo(slug: column.slug, title: column.title, tags: column.tags, text: PlainText.of(html: column.contentHTML))
        }
        if let info { columnInfos.remember(info) }
        return info
    }

    public func learnedCounts(rule: String, features: Set<String>) async throws -> LearnedCounts {
        try history.read { db in
            var counts = LearnedCounts()
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT label, count FROM learned_examples WHERE rule = ?"), arguments: [rule]) {
                switch TrainingLabel(rawValue: row["label"]) {
                case .spam: counts.spamExamples = row["count"]
                case .ham: counts.hamExamples = row["count"]
                case nil: break
                }
            }
            guard counts.spamExamples + counts.hamExamples > 0, !features.isEmpty else { return counts }
            let statement = try db.cachedStatement(sql: "SELECT spam, ham FROM learned_features WHERE rule = ? AND feature = ?")
            for feature in features {
                if let row = try Row.fetchOne(statement, arguments: [rule, feature]) {
                    counts.features[feature] = .init(spam: row["spam"], ham: row["ham"])
                }
            }
            return counts
        }
    }

    /// The WHERE clause (on `comments`) and its arguments for a history key.
    private static func condition(for key: HistoryKey, since date: Date) -> (String, StatementArguments) {
        let since = StorageTimestamp.text(date)
        return switch key {
        case .authorEmail(let email): ("comments.author_email = ? AND comments.created_at >= ?", [email.lowercased(), since])
        case .authorName(let name): ("comments.author_name = ? AND comments.created_at >= ?", [name, since])
        case .clientAddress(let address): ("comments.client_address = ? AND comments.created_at >= ?", [address, since])
        case .clientNetwork(let network): ("comments.client_network = ? AND comments.created_at >= ?", [network, since])
        case .anyone: ("comments.created_at >= ?", [since])
        }
    }

    public func hasSeenBody(_ body: String) async throws -> Bool {
        try history.unsafeRead { db in
            try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM comments WHERE body_hash = ? AND body = ?)"),
                arguments: [BodyHash.of(body), body]
            ) ?? false
        }
    }
}
