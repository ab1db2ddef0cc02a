import PostgresNIO
import Storage

extension PostgresStore {
    /// The keyset condition of a queue page, comments or held columns: the rows after `cursor` in
    /// (`time`, `id`) order. The time is bound exactly (``ExactTimestamp``), so that the cursor's
    /// own row is never read again.
    static func queueRows(after cursor: QueueCursor, time: String, id: String, binds: inout PostgresBindings) -> String {
        binds.append(ExactTimestamp(cursor.createdAt))
        let created = "$\(binds.count)"
        binds.append(cursor.id)
        let last = "$\(binds.count)"
        return "(\(time) > \(created) OR (\(time) = \(created) AND \(id) > \(last)))"
    }
}
