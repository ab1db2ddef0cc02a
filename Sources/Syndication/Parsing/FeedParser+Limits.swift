extension FeedParser {
    /// Caps that keep a hostile or broken feed from exhausting memory or time.
    ///
    /// Each cap, when exceeded, stops the parse with a ``FeedParsingError`` that names it. The
    /// defaults fit every real feed we know of with a wide margin:
    ///
    /// | limit | default |
    /// |---|---|
    /// | ``maxInputBytes`` | 10 MiB (10,485,760 bytes) |
    /// | ``maxDepth`` | 64 levels of elements |
    /// | ``maxTextLength`` | 1 MiB (1,048,576 UTF-8 bytes) per element |
    /// | ``maxEntries`` | 10,000 entries |
    ///
    /// ```swift
    /// let parser = FeedParser(limits: .init(maxEntries: 500))
    /// ```
    public struct Limits: Sendable, Hashable {
        /// The largest document accepted, in bytes, checked before parsing starts.
        public var maxInputBytes: Int
        /// The deepest nesting of elements accepted; the root element is at depth 1.
        public var maxDepth: Int
        /// The most text gathered for one element, in UTF-8 bytes (for XHTML content, its markup).
        public var maxTextLength: Int
        /// The most entries (Atom `entry`, RSS `item`) accepted in one feed.
        public var maxEntries: Int

        /// Creates limits; every argument defaults to the value in the table above.
        public init(
            maxInputBytes: Int = 10 * 1024 * 1024,
            maxDepth: Int = 64,
            maxTextLength: Int = 1024 * 1024,
            maxEntries: Int = 10_000
        ) {
            self.maxInputBytes = maxInputBytes
            self.maxDepth = maxDepth
            self.maxTextLength = maxTextLength
            self.maxEntries = maxEntries
        }
    }
}
