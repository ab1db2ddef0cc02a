import CLibXML2

/// Names and namespace URIs as Swift strings, by libxml2's pointer: a parser interns them in its
/// dictionary for its whole lifetime, so each is converted once instead of per node.
struct InternedStrings {
    private var strings: [UnsafePointer<xmlChar>: String] = [:]

    private static let knownNamespaces = [
        FeedNamespace.atom, FeedNamespace.atom03, FeedNamespace.rss1, FeedNamespace.rss090, FeedNamespace.rdf, FeedNamespace.thread,
        FeedNamespace.dublinCore, FeedNamespace.dublinCoreTerms, FeedNamespace.content, FeedNamespace.wellFormedWeb, FeedNamespace.slash,
        FeedNamespace.feedHistory, FeedNamespace.xhtml, FeedNamespace.xml, FeedNamespace.xmlns,
    ]

    /// A direct-mapped cache in front of ``strings``, by the pointer's bits: hashing the
    /// pointer for the dictionary cost more than the rest of reading a name, three times per element.
    private var recentPointers = [UnsafePointer<xmlChar>?](repeating: nil, count: 64)
    private var recentStrings = [String](repeating: "", count: 64)

    /// The string at `pointer`, which must be interned in the parser's dictionary; `""` for `nil`.
    mutating func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: pointer) >> 3) & 63
        if recentPointers[slot] == pointer {
            return recentStrings[slot]
        }
        let string = lookUp(pointer)
        recentPointers[slot] = pointer
        recentStrings[slot] = string
        return string
    }

    private mutating func lookUp(_ pointer: UnsafePointer<xmlChar>) -> String {
        if let known = strings[pointer] {
            return known
        }
        var string = String(cString: pointer)
        // The known namespace URIs are replaced by the constants themselves: comparing a string
        // with the very same string is a check of two words, comparing it with an equal copy is
        // a call into the string library, and the dialects compare namespaces at every element.
        if let known = Self.knownNamespaces.first(where: { $0 == string }) {
            string = known
        }
        if strings.count < 4_096 {
            strings[pointer] = string
        }
        return string
    }
}
