import Foundation

/// Which held submissions to list, and from where.
///
/// Held columns carry the rules' findings and score as comments do; a column stored before they
/// were kept has neither, and a query by ``rule`` or ``minimumScore`` skips it.
public struct QueueQuery: Sendable, Hashable {
    /// Only comments on this column (and the held column with this slug).
    public var column: String?
    /// Only comments and columns with a finding from this rule.
    public var rule: String?
    /// Only comments and columns whose total score is at least this.
    public var minimumScore: Double?
    /// Only comments by this author (name or email), and columns by this author (name).
    public var author: String?
    /// Only columns ingested from this source, and comments ingested from it (by source id).
    public var source: Int64?
    /// Only this kind of item; both when nil.
    public var kind: QueueItemKind?
    /// Start after this item (from a previous page's `next` cursor).
    public var after: QueueCursor?
    /// The page size.
    public var limit: Int

    /// Creates a query; by default the first 50 held comments, oldest first.
    public init(
        column: String? = nil, rule: String? = nil, minimumScore: Double? = nil, author: String? = nil, after: QueueCursor? = nil, limit: Int = 50,
        source: Int64? = nil, kind: QueueItemKind? = nil
    ) {
        self.source = source
        self.kind = kind
        self.column = column
        self.rule = rule
        self.minimumScore = minimumScore
        self.author = author
        self.after = after
        self.limit = limit
    }
}

/// A position in the queue: the creation time and id of the last item seen.
///
/// Opaque to clients (`token`), stable under concurrent decisions: keyset paging never skips or
/// repeats an item that stays held.
public struct QueueCursor: Sendable, Hashable {
    /// The last item's creation time.
    public var createdAt: Date
    /// The last item's id.
    public var id: String

    /// Creates a cursor.
    public init(createdAt: Date, id: String) {
        self.createdAt = createdAt
        self.id = id
    }

    /// The cursor as URL-safe text.
    public var token: String {
        let text = "\(createdAt.timeIntervalSince1970.bitPattern)/\(id)"
        return Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Reads a cursor from ``token``; nil when it is not one.
    public init?(token: String) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { return nil }
        let parts = text.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let bits = UInt64(parts[0]) else { return nil }
        self.init(createdAt: Date(timeIntervalSince1970: Double(bitPattern: bits)), id: String(parts[1]))
    }
}
