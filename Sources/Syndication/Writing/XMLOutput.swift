/// An indented XML text being written; every name is a trusted literal, every value is escaped.
struct XMLOutput {
    private(set) var text = ""
    private var depth = 0

    /// Writes a raw line at the current indentation.
    mutating func line(_ raw: String) {
        text += String(repeating: "  ", count: depth)
        text += raw
        text += "\n"
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.render(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    /// `<name attributes>escaped value</name>` on one line.
    mutating func element(_ name: String, _ value: String, attributes: [(String, String)] = []) {
        line("<\(name)\(Self.render(attributes))>\(XMLEscaping.text(value))</\(name)>")
    }

    /// `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        line("<\(name)\(Self.render(attributes))/>")
    }

    private static func render(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XMLEscaping.attribute($0.1))\"" }.joined()
    }
}
