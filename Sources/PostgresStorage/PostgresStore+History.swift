import Foundation
import ModerationKit
import PostgresNIO
import Storage

extension PostgresStore {
    public func approvedCommentCount(by author: Submission.Author) async throws -> Int {
        try await read { connection in
            if let email = author.email?.lowercased(), !email.isEmpty {
                return try await connection.value(
                    Int.self, "SELECT COUNT(*) FROM comments WHERE author_email = \(email) AND status = 'approved'", logger: logger) ?? 0
            }
            return try await connection.value(
                Int.self, "SELECT COUNT(*) FROM comments WHERE author_name = \(author.name) AND status = 'approved'", logger: logger) ?? 0
        }
    }

    public func recentSubmissionCount(_ key: HistoryKey, since: Date, upTo cap: Int?) async throws -> Int {
        var query = Self.condition(for: key, since: since)
        // LIMIT inside: counting stops at the cap instead of walking a flood's every row.
        query.sql = "SELECT COUNT(*) FROM (SELECT 1 FROM comments WHERE \(query.sql)"
        if let cap {
            query.binds.append(cap)
            query.sql += " LIMIT $\(query.binds.count)"
        }
        query.sql += ") AS recent"
        let counted = query
        return try await read { connection in try await connection.value(Int.self, counted, logger: logger) ?? 0 }
    }

    public func recentSubmissions(_ key: HistoryKey, since: Date, limit: Int) async throws -> [PastSubmission] {
        var query = Self.condition(for: key, since: since)
        query.binds.append(limit)
        query.sql = PostgresRows.commentSelect + " WHERE \(query.sql) ORDER BY comments.created_at DESC LIMIT $\(query.binds.count)"
        let recent = query
        return try await read { connection in
            try await connection.rows(recent, logger: logger).map { row in
                PastSubmission(
                    body: try row.get("body"),
                    column: try row.get("column_slug"),
                    author: .init(name: try row.get("author_name"), email: try row.get("author_email"), url: try row.get("author_url")),
                    receivedAt: try row.get("created_at"),
                    // Stored with the comment, so that the duplicates rule need not shingle earlier bodies.
                    fingerprint: try row.get("shingles", as: Data?.self).flatMap(ShingleBlob.decode)
                )
            }
        }
    }

    /// The WHERE clause (on `comments`) and its bindings for a history key.
    private static func condition(for key: HistoryKey, since: Date) -> PostgresQuery {
        switch key {
        case .authorEmail(let email): "comments.author_email = \(email.lowercased()) AND comments.created_at >= \(since)"
        case .authorName(let name): "comments.author_name = \(name) AND comments.created_at >= \(since)"
        case .clientAddress(let address): "comments.client_address = \(address) AND comments.created_at >= \(since)"
        case .clientNetwork(let network): "comments.client_network = \(network) AND comments.created_at >= \(since)"
        case .anyone: "comments.created_at >= \(since)"
        }
    }

    public func hasSeenBody(_ body: String) async throws -> Bool {
        try await read { connection in
            try await connection.value(
                Bool.self, "SELECT EXISTS (SELECT 1 FROM comments WHERE body_hash = \(BodyHash.of(body)) AND body = \(body))", logger: logger)
                ?? false
        }
    }

    public func learnedCounts(rule: String, features: Set<String>) async throws -> LearnedCounts {
        try await read { connection in
            var counts = LearnedCounts()
            for row in try await connection.rows("SELECT label, count FROM learned_examples WHERE rule = \(rule)", logger: logger) {
                switch TrainingLabel(rawValue: try row.get("label")) {
                case .spam: counts.spamExamples = try row.get("count")
                case .ham: counts.hamExamples = try row.get("count")
                case nil: break
                }
            }
            guard counts.spamExamples + counts.hamExamples > 0, !features.isEmpty else { return counts }
            let rows = try await connection.rows(
                "SELECT feature, spam, ham FROM learned_features WHERE rule = \(rule) AND feature = ANY(\(Array(features)))", logger: logger)
            for row in rows {
                counts.features[try row.get("feature")] = .init(spam: try row.get("spam"), ham: try row.get("ham"))
            }
            return counts
        }
    }

    public func learn(rule: String, examples: [(features: Set<String>, label: TrainingLabel)], delta: Int) async throws {
        try await transaction { connection in try await learn(rule: rule, examples: examples, delta: delta, connection) }
    }

    /// Adds examples to a rule's counts inside the caller's transaction; counts never go below zero.
    func learn(rule: String, examples: [(features: Set<String>, label: TrainingLabel)], delta: Int, _ connection: PostgresConnection) async throws {
        for (features, label) in examples {
            try await connection.query(
                """
                INSERT INTO learned_examples (rule, label, count) VALUES (\(rule), \(label.rawValue), GREATEST(\(delta), 0))
                ON CONFLICT (rule, label) DO UPDATE SET count = GREATEST(learned_examples.count + \(delta), 0)
                """,
                logger: logger
            )
            guard !features.isEmpty else { continue }
            let list = Array(features)
            let query: PostgresQuery =
                label == .spam
                ? """
                INSERT INTO learned_features (rule, feature, spam, ham) SELECT \(rule), unnest(\(list)::text[]), GREATEST(\(delta), 0), 0
                ON CONFLICT (rule, feature) DO UPDATE SET spam = GREATEST(learned_features.spam + \(delta), 0)
                """
                : """
                INSERT INTO learned_features (rule, feature, spam, ham) SELECT \(rule), unnest(\(list)::text[]), 0, GREATEST(\(delta), 0)
                ON CONFLICT (rule, feature) DO UPDATE SET ham = GREATEST(learned_features.ham + \(delta), 0)
                """
            try await connection.query(query, logger: logger)
        }
    }

    public func resetLearning(rule: String) async throws {
        try await transaction { connection in
            try await connection.query("DELETE FROM learned_examples WHERE rule = \(rule)", logger: logger)
            try await connection.query("DELETE FROM learned_features WHERE rule = \(rule)", logger: logger)
        }
    }
}
