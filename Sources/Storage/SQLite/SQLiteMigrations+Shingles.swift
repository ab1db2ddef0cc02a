import GRDB

extension SQLiteMigrations {
    /// Each comment's shingle fingerprint (``ShingleBlob``), written when the comment is stored,
    /// so that the duplicates rule compares integers instead of splitting earlier bodies into
    /// words for every new comment. Older rows keep NULL: the rule then computes it from the body.
    static func registerShingles(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-27 comment shingles") { db in
            try db.alter(table: "comments") { table in table.add(column: "shingles", .blob) }
        }
    }
}
