/// The allowed domains, normalized once when the rule is built so that a lookup is a few set probes.
struct DomainAllowList {
    private let domains: Set<String>

    init(_ domains: [String]) {
        self.domains = Set(domains.map { $0.trimmed.lowercased() })
    }

    /// Whether `host` (lowercased) is an allowed domain or a subdomain of one.
    func contains(_ host: String) -> Bool {
        guard !domains.isEmpty else { return false }
        if domains.contains(host) { return true }
        // Probe each parent domain: blog.example.nl, then example.nl, then nl.
        var rest = Substring(host)
        while let dot = rest.firstIndex(of: ".") {
            rest = rest[rest.index(after: dot)...]
            if domains.contains(String(rest)) { return true }
        }
        return false
    }

    /// Whether `name` is a bare domain name: letters, digits, dashes and inner dots, nothing else.
    ///
    /// Rejects what people paste by mistake (`https://example.nl/`, `*.example.nl`), which would
    /// otherwise never match and silently allow nothing.
    static func isDomainName(_ name: String) -> Bool {
        let name = name.trimmed
        guard let first = name.first, let last = name.last, first != ".", last != "." else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." } && !name.contains("..")
    }
}

extension String {
    /// The string without leading and trailing whitespace, without needing Foundation.
    fileprivate var trimmed: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
