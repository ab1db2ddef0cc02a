extension FeedParsingError {
    /// The kind of a ``FeedParsingError``, for matching; new kinds may be added.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// A short stable name (`"inputTooLarge"`), for logs and metrics.
        public let description: String

        private init(_ description: String) {
            self.description = description
        }

        /// The document is larger than ``FeedParser/Limits/maxInputBytes``.
        public static let inputTooLarge = Code("inputTooLarge")
        /// Elements are nested deeper than ``FeedParser/Limits/maxDepth``.
        public static let nestingTooDeep = Code("nestingTooDeep")
        /// One element's text is longer than ``FeedParser/Limits/maxTextLength``.
        public static let textTooLong = Code("textTooLong")
        /// The feed has more entries than ``FeedParser/Limits/maxEntries``.
        public static let tooManyEntries = Code("tooManyEntries")
        /// The document is not well-formed XML (or is empty).
        public static let malformedXML = Code("malformedXML")
        /// The document's DOCTYPE declares entities, which are refused outright.
        public static let entityDeclarations = Code("entityDeclarations")
        /// The document is XML but not a feed dialect this parser reads.
        public static let unsupportedFormat = Code("unsupportedFormat")
    }
}
