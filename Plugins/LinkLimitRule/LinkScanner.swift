/// Finds the links in a comment body in one forward scan over its UTF-8 bytes.
///
/// Every marker it looks for (`http`, `www.`, `<a`, `/`) is ASCII, so a byte scan is exact and
/// much cheaper than regular expressions, which matters at thousands of comments a second.
/// ``LinkLimiter`` documents what counts as a link.
struct LinkScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    // Where a search for a tag's `>` or an anchor's `</a` already failed: every later search from
    // there fails too, and remembering it keeps hostile input like "<a <a <a …" linear.
    private var noTagEndFrom = Int.max
    private var noClosingAnchorFrom = Int.max

    /// The host of each link in `text`, lowercased, in order; nil for an anchor without a host.
    static func hosts(in text: String) -> [String?] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = LinkScanner(bytes: bytes)
            return scanner.scan()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func scan() -> [String?] {
        var hosts: [String?] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == .lessThan, let tag = anchorTag(at: index) {
                if tag.isLink { hosts.append(tag.host) }
                index = tag.end
            } else if let authority = schemeEnd(at: index, limit: bytes.count) {
                // "http://" with nothing after it is not a link.
                if let host = host(inAuthorityAt: authority, limit: bytes.count) { hosts.append(host) }
                index = urlEnd(from: authority)
            } else if let host = wwwHost(at: index) ?? bareHost(at: index) {
                hosts.append(host)
                index = urlEnd(from: index)
            } else {
                index += 1
            }
        }
        return hosts
    }

    // MARK: Anchors

    /// An `<a …>` tag at `start`: whether it links (has an `href`), to which host, and where
    /// scanning resumes: after its `</a>` for a link, after the tag otherwise.
    private mutating func anchorTag(at start: Int) -> (isLink: Bool, host: String?, end: Int)? {
        guard start + 2 < bytes.count, bytes[start + 1] | 0x20 == .lowerA, bytes[start + 2].isSpace,
            let tagEnd = tagEnd(from: start + 3)
        else { return nil }
        guard let value = hrefValue(from: start + 3, limit: tagEnd) else { return (false, nil, tagEnd + 1) }
        let host: String? =
            if let authority = schemeEnd(at: value.lowerBound, limit: value.upperBound) {
                self.host(inAuthorityAt: authority, limit: value.upperBound)
            } else if matches(Self.slashSlash, at: value.lowerBound, limit: value.upperBound) {
                self.host(inAuthorityAt: value.lowerBound + 2, limit: value.upperBound)
            } else if matches(Self.www, at: value.lowerBound, limit: value.upperBound) {
                self.host(from: value.lowerBound, to: hostEnd(from: value.lowerBound, limit: value.upperBound))
            } else {
                nil
            }
        // Skip the anchor's text, so that a URL shown as the text is not counted again.
        var end = tagEnd + 1
        if let close = closingAnchor(from: end), let closeEnd = self.tagEnd(from: close + Self.closingAnchor.count) {
            end = closeEnd + 1
        }
        return (true, host, end)
    }

    private mutating func tagEnd(from start: Int) -> Int? {
        guard start < noTagEndFrom else { return nil }
        guard let end = firstIndex(of: .greaterThan, from: start, limit: bytes.count) else {
            noTagEndFrom = start
            return nil
        }
        return end
    }

    private mutating func closingAnchor(from start: Int) -> Int? {
        guard start < noClosingAnchorFrom else { return nil }
        guard let close = firstMatch(of: Self.closingAnchor, from: start, limit: bytes.count) else {
            noClosingAnchorFrom = start
            return nil
        }
        return close
    }

    /// The byte range of the `href` attribute's value within a tag's bytes, quoted or not.
    private func hrefValue(from start: Int, limit: Int) -> Range<Int>? {
        var index = start
        while let found = firstMatch(of: Self.href, from: index, limit: limit) {
            index = found + Self.href.count
            guard bytes[found - 1].isSpace else { continue }
            index = skipSpaces(from: index, limit: limit)
            guard index < limit, bytes[index] == .equals else { continue }
            index = skipSpaces(from: index + 1, limit: limit)
            guard index < limit else { return nil }
            let quote = bytes[index]
            if quote == .doubleQuote || quote == .singleQuote {
                let valueEnd = firstIndex(of: quote, from: index + 1, limit: limit) ?? limit
                return (index + 1)..<valueEnd
            }
            var valueEnd = index
            while valueEnd < limit, !bytes[valueEnd].isSpace { valueEnd += 1 }
            return index..<valueEnd
        }
        return nil
    }

    // MARK: URLs

    /// Where the authority begins when `http://` or `https://` (any case) starts at `index`.
    private func schemeEnd(at index: Int, limit: Int) -> Int? {
        guard bytes[index] | 0x20 == .lowerH else { return nil }
        if matches(Self.http, at: index, limit: limit) { return index + Self.http.count }
        if matches(Self.https, at: index, limit: limit) { return index + Self.https.count }
        return nil
    }

    /// The host of a `www.` address starting at `index`, unless the `www.` is inside a word or path.
    private func wwwHost(at index: Int) -> String? {
        guard bytes[index] | 0x20 == .lowerW, matches(Self.www, at: index, limit: bytes.count) else { return nil }
        // Unlike a bare domain, a non-ASCII byte may come right before: "“www.x.nl”", "🎉www.x.nl".
        if index > 0 {
            let previous = bytes[index - 1]
            guard previous >= 0x80 || (!previous.isHostByte && previous != .slash && previous != .at) else { return nil }
        }
        // "www." alone, or "www..", names no site.
        guard let host = host(from: index, to: hostEnd(from: index, limit: bytes.count)), host.count > Self.www.count else { return nil }
        return host
    }

    /// The host of a bare domain followed by a path (`example.nl/pagina`) starting at `index`.
    ///
    /// Only with a path, and only with a top-level domain of letters, so that "nu.nl", "zo.Dus"
    /// and "3.5/10" are not links.
    private func bareHost(at index: Int) -> String? {
        guard isWordStart(index) else { return nil }
        let end = hostEnd(from: index, limit: bytes.count)
        guard end < bytes.count, bytes[end] == .slash,
            let lastDot = lastIndex(of: .dot, from: index, to: end), lastDot > index, end - lastDot > 2,
            (lastDot + 1..<end).allSatisfy({ bytes[$0].isASCIILetter })
        else { return nil }
        return host(from: index, to: end)
    }

    /// The host in the authority that starts at `start`, past any `user@`, without the port.
    private func host(inAuthorityAt start: Int, limit: Int) -> String? {
        var authorityEnd = start
        while authorityEnd < limit, !bytes[authorityEnd].endsAuthority { authorityEnd += 1 }
        // "https://example.nl@spam.com" leads to spam.com: the host is after the last "@".
        let hostStart = (lastIndex(of: .at, from: start, to: authorityEnd)).map { $0 + 1 } ?? start
        return host(from: hostStart, to: hostEnd(from: hostStart, limit: authorityEnd))
    }

    /// The lowercased host in `start..<end`, without surrounding punctuation; nil when nothing is left.
    private func host(from start: Int, to end: Int) -> String? {
        guard start < end else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        // Bytes above ASCII belong to the host run, so "“www.x.nl”" comes with its quotes, and a
        // sentence's full stop may follow the host.
        guard let first = text.firstIndex(where: \.isHostCharacter), let last = text.lastIndex(where: \.isHostCharacter) else { return nil }
        return text[first...last].lowercased()
    }

    /// The end of the run of host bytes (letters, digits, `-`, `.`, and anything non-ASCII) from `start`.
    private func hostEnd(from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, bytes[end].isHostByte { end += 1 }
        return end
    }

    /// The end of the URL that contains `start`: the next space, quote or angle bracket.
    private func urlEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, !bytes[end].endsURL { end += 1 }
        return end
    }

    /// Whether a bare domain may start at `index`: not inside a word, path or address.
    private func isWordStart(_ index: Int) -> Bool {
        guard bytes[index].isHostByte else { return false }
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        return !previous.isHostByte && previous != .slash && previous != .at
    }

    // MARK: Byte searching

    private func matches(_ pattern: [UInt8], at index: Int, limit: Int) -> Bool {
        guard index + pattern.count <= limit else { return false }
        for offset in pattern.indices where bytes[index + offset].asciiLowercased != pattern[offset] {
            return false
        }
        return true
    }

    private func firstMatch(of pattern: [UInt8], from start: Int, limit: Int) -> Int? {
        var index = start
        while index + pattern.count <= limit {
            if matches(pattern, at: index, limit: limit) { return index }
            index += 1
        }
        return nil
    }

    private func firstIndex(of byte: UInt8, from start: Int, limit: Int) -> Int? {
        var index = start
        while index < limit {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func lastIndex(of byte: UInt8, from start: Int, to end: Int) -> Int? {
        var index = end - 1
        while index >= start {
            if bytes[index] == byte { return index }
            index -= 1
        }
        return nil
    }

    private func skipSpaces(from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit, bytes[index].isSpace { index += 1 }
        return index
    }

    // Patterns are lowercase; `matches` lowercases the text's ASCII letters to compare.
    private static let http = Array("http://".utf8)
    private static let https = Array("https://".utf8)
    private static let www = Array("www.".utf8)
    private static let slashSlash = Array("//".utf8)
    private static let href = Array("href".utf8)
    private static let closingAnchor = Array("</a".utf8)
}

extension Character {
    fileprivate var isHostCharacter: Bool { isLetter || isNumber }
}

extension UInt8 {
    fileprivate static let lessThan = UInt8(ascii: "<")
    fileprivate static let greaterThan = UInt8(ascii: ">")
    fileprivate static let equals = UInt8(ascii: "=")
    fileprivate static let doubleQuote = UInt8(ascii: "\"")
    fileprivate static let singleQuote = UInt8(ascii: "'")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let dot = UInt8(ascii: ".")
    fileprivate static let at = UInt8(ascii: "@")
    fileprivate static let lowerA = UInt8(ascii: "a")
    fileprivate static let lowerH = UInt8(ascii: "h")
    fileprivate static let lowerW = UInt8(ascii: "w")

    fileprivate var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }

    fileprivate var asciiLowercased: UInt8 { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self | 0x20 : self }

    fileprivate var isSpace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }

    /// Letters, digits, `-`, `.` and every byte of a non-ASCII character (internationalized names).
    fileprivate var isHostByte: Bool {
        isASCIILetter || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9")) || self == UInt8(ascii: "-") || self == .dot || self >= 0x80
    }

    fileprivate var endsURL: Bool { isSpace || self == .doubleQuote || self == .singleQuote || self == .lessThan || self == .greaterThan }

    fileprivate var endsAuthority: Bool {
        endsURL || self == .slash || self == UInt8(ascii: "?") || self == UInt8(ascii: "#") || self == UInt8(ascii: "\\")
    }
}
