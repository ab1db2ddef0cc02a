/// An element start as a dialect sees it: its name, attributes and line.
struct StartTag {
    var name: XMLName
    /// Attributes by namespace-qualified name; namespace declarations are left out.
    var attributes: [XMLName: String]
    /// The line of the start tag, for problems and errors.
    var line: Int?

    /// The value of an attribute; attributes without a prefix are in no namespace.
    func attribute(_ local: String, namespace: String = "") -> String? {
        attributes[XMLName(namespace, local)]
    }
}
