/// An element's attributes by namespace URI and local name, in document order.
///
/// A short list searched from the end (so that, as in a dictionary, a repeated name read in
/// recovery keeps its last value): elements carry a few attributes at most, and a dictionary
/// hashed two strings for every insertion and every lookup, 7 % of an Atom feed's parse.
struct XMLAttributes: Sequence {
    private var pairs: [(key: XMLName, value: String)] = []

    /// Whether there are none.
    var isEmpty: Bool { pairs.isEmpty }

    /// The value of the attribute `name`, if the element has it.
    subscript(name: XMLName) -> String? {
        // Local names are short and differ more often than namespaces: compared first.
        pairs.last { $0.key.local == name.local && $0.key.namespace == name.namespace }?.value
    }

    /// Adds an attribute; a later one of the same name wins.
    mutating func append(_ name: XMLName, _ value: String) {
        pairs.append((name, value))
    }

    func makeIterator() -> IndexingIterator<[(key: XMLName, value: String)]> {
        pairs.makeIterator()
    }
}
