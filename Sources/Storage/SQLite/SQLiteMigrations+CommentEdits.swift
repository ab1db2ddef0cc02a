import GRDB

extension SQLiteMigrations {
    /// A counter that every change to what the rules see of a comment (its body, author, column,
    /// time or shingles) moves, kept by a trigger so that every process writing the file moves
    /// it. ``PastSubmissionCache`` reuses earlier comments while it has not moved, instead of
    /// checking each row it reuses. Status changes do not move it: the rules do not see them.
    static func registerCommentEdits(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-28 comment edit generation") { db in
            try db.execute(
                sql: """
                    CREATE TABLE comment_edits (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL);
                    INSERT INTO comment_edits (id, generation) VALUES (1, 0);
                    CREATE TRIGGER comment_edits_on_update
                    AFTER UPDATE OF body, body_hash, author_name, author_email, author_url, column_id, created_at, shingles ON comments
                    BEGIN
                        UPDATE comment_edits SET generation = generation + 1 WHERE id = 1;
                    END;
                    CREATE TRIGGER comment_edits_on_delete AFTER DELETE ON comments
                    BEGIN
                        UPDATE comment_edits SET generation = generation + 1 WHERE id = 1;
                    END;
                    """)
        }
    }
}
