/// Finds email addresses: `name@domain.tld`, with a top-level domain of at least two letters.
///
/// Role addresses of organisations (`klantenservice@`, `info@`, `support@`, …) are no personal
/// data, and a column about customer service quotes them all the time, so they are left alone.
enum EmailAddressScanner {
    static func matches(in text: TextBytes) -> [PersonalDataMatch] {
        var found: [PersonalDataMatch] = []
        for at in text.bytes.indices where text.isByte(at, "@") {
            guard let range = address(in: text, at: at), !found.overlaps(range) else { continue }
            let local = text.text(range.lowerBound..<at).lowercased()
            guard !roleNames.contains(local) else { continue }
            found.append(PersonalDataMatch(range: range, masked: masked(text.text(range))))
        }
        return found
    }

    /// The address around the `@` at `at`, or nil.
    private static func address(in text: TextBytes, at: Int) -> Range<Int>? {
        var start = at
        while start > 0, isLocalByte(text, start - 1) { start -= 1 }
        while start < at, text.isByte(start, ".") { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        while end < text.count, text.isASCIILetter(end) || text.isDigit(end) || text.isByte(end, "-") || text.isByte(end, ".") { end += 1 }
        // A sentence may end right after the address: "mail jan@example.nl."
        while end > at + 1, text.isByte(end - 1, ".") || text.isByte(end - 1, "-") { end -= 1 }
        let domain = text.text((at + 1)..<end)
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last, tld.count >= 2,
            tld.utf8.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") })
        else { return nil }
        return start..<end
    }

    private static func isLocalByte(_ text: TextBytes, _ index: Int) -> Bool {
        text.isASCIILetter(index) || text.isDigit(index) || [".", "_", "%", "+", "-"].contains { text.isByte(index, $0) }
    }

    /// Mailboxes of an organisation rather than a person.
    private static let roleNames: Set<String> = [
        "info", "klantenservice", "service", "support", "contact", "klachten", "helpdesk", "servicedesk", "noreply", "no-reply",
        "sales", "verkoop", "admin", "administratie", "webmaster", "privacy", "redactie", "facturen", "billing", "team", "office",
        "receptie", "secretariaat", "hello", "hallo", "post", "mail", "customerservice", "customercare", "ombudsman",
    ]

    /// The first letter of the name, the first letter of the domain and its top level: `j…@e….nl`.
    private static func masked(_ address: String) -> String {
        let parts = address.split(separator: "@", maxSplits: 1)
        guard parts.count == 2, let tld = parts[1].split(separator: ".").last else { return "…" }
        return "\(parts[0].prefix(1))…@\(parts[1].prefix(1))….\(tld)"
    }
}
