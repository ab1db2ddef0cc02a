import Foundation
import GRDB
import ModerationKit

extension SQLiteStore {
    public func learn(rule: String, examples: [(features: Set<String>, label: TrainingLabel)], delta: Int = 1) async throws {
        try await writer.write { db in try Self.learn(rule: rule, examples: examples, delta: delta, db: db) }
    }

    /// Adds examples to a rule's counts inside the caller's transaction.
    static func learn(rule: String, examples: [(features: Set<String>, label: TrainingLabel)], delta: Int, db: Database) throws {
        let example = try db.cachedStatement(
            sql: """
                INSERT INTO learned_examples (rule, label, count) VALUES (?, ?, MAX(?, 0))
                ON CONFLICT (rule, label) DO UPDATE SET count = MAX(count + ?, 0)
                """
        )
        let spam = try db.cachedStatement(
            sql: """
                INSERT INTO learned_features (rule, feature, spam, ham) VALUES (?, ?, MAX(?, 0), 0)
                ON CONFLICT (rule, feature) DO UPDATE SET spam = MAX(spam + ?, 0)
                """
        )
        let ham = try db.cachedStatement(
            sql: """
                INSERT INTO learned_features (rule, feature, spam, ham) VALUES (?, ?, 0, MAX(?, 0))
                ON CONFLICT (rule, feature) DO UPDATE SET ham = MAX(ham + ?, 0)
                """
        )
        for (features, label) in examples {
            try example.execute(arguments: [rule, label.rawValue, delta, delta])
            let statement = label == .spam ? spam : ham
            for feature in features {
                try statement.execute(arguments: [rule, feature, delta, delta])
            }
        }
    }
}
