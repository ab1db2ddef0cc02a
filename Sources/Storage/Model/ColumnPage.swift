/// Which published columns a feed document shows.
public enum ColumnPage: Sendable, Hashable {
    /// The newest `limit` columns: a feed's subscription document.
    case newest(limit: Int)
    /// The columns at positions `offset ..< offset + limit`, counted from the oldest: an archive
    /// page (RFC 5005), whose content stays put as newer columns arrive.
    case oldest(offset: Int, limit: Int)
}
