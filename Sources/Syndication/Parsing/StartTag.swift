/// An element start as a dialect sees it: its name, attributes, line, and the base and language in effect.
struct StartTag {
    var name: XMLName
    /// The name as written, with its prefix (`dc:creator`), for naming unknown extensions.
    var qualifiedName: String
    /// Attributes by namespace-qualified name; namespace declarations are left out.
    var attributes: XMLAttributes
    /// The line of the start tag, for problems and errors.
    var line: Int?
    /// The base URL in effect, this element's own `xml:base` applied.
    var base: String?
    /// The language in effect, this element's own `xml:lang` applied.
    var language: String?

    /// The value of an attribute; attributes without a prefix are in no namespace.
    func attribute(_ local: String, namespace: String = "") -> String? {
        attributes[XMLName(namespace, local)]
    }

    /// An attribute holding a URL, trimmed and resolved against the base; `nil` when absent or empty.
    func url(_ local: String, namespace: String = "") -> String? {
        guard let value = attribute(local, namespace: namespace)?.trimmingWhitespace, !value.isEmpty else { return nil }
        return URLResolver.resolve(value, against: base)
    }
}
