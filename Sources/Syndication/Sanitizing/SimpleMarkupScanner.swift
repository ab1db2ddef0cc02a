/// Reads the simple markup most feed content is written in (paragraphs, links, emphasis) without
/// libxml2, reporting exactly the events libxml2's HTML parser would report for it.
///
/// libxml2's HTML parser looks at every character of text through a per-character decoding
/// call: on a feed of columns that was a quarter of the whole parse. This scanner accepts only a
/// small subset of HTML in which libxml2 does nothing but report what is written: known elements
/// (``elements``; `br` and `img` have no end tag), properly nested and explicitly closed (unclosed ones are closed at the end,
/// as libxml2 does), blocks only directly in the fragment, a `blockquote` or a `div` (libxml2
/// would close an open `p`, heading or inline element first), list items only directly in a
/// list (lists also in a list item), no line break right after `<pre>`, no link in a link, quoted
/// attribute values, and only numeric character references for printable characters and the
/// named ones in ``namedReferences`` (`&amp;`, `&nbsp;`, `&hellip;`, ...). On anything else
/// (comments, other elements, unquoted or duplicate attributes, a stray `<`, another named
/// reference, a mismatched
/// end tag) it reports nothing and returns `false`, and the fragment goes to libxml2, so what
/// the sanitizer sees never depends on which path read it. `SimpleMarkupScannerTests` compare
/// the two paths.
struct SimpleMarkupScanner {
    /// The elements the scanner reads, and whether each is a block.
    static let elements: [(name: StaticString, isBlock: Bool)] = [
        ("p", true), ("h2", true), ("h3", true), ("h4", true), ("blockquote", true), ("div", true),
        ("a", false), ("em", false), ("strong", false), ("b", false), ("i", false), ("u", false), ("s", false),
        ("q", false), ("cite", false), ("code", false), ("span", false), ("br", false), ("img", false),
        ("h1", true), ("h5", true), ("h6", true), ("pre", true), ("hr", true), ("sup", false), ("sub", false), ("small", false),
        ("ul", true), ("ol", true), ("li", true),
        ("figure", true), ("figcaption", true), ("aside", true), ("article", true), ("section", true), ("details", true), ("summary", true),
    ]
    private static let html = elements.count
    private static let body = elements.count + 1
    private static let link = 6
    private static let lineBreak = 17
    private static let image = 18
    private static let preformatted = 22
    private static let rule = 23
    private static let unorderedList = 27
    private static let orderedList = 28
    private static let listItem = 29
    /// HTML 4's named references that feeds use most, all in libxml2's table: their UTF-8 bytes.
    private static let namedReferences: [(name: [UInt8], bytes: [UInt8])] = [
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("nbsp", "\u{A0}"), ("hellip", "\u{2026}"), ("mdash", "\u{2014}"),
        ("ndash", "\u{2013}"), ("lsquo", "\u{2018}"), ("rsquo", "\u{2019}"), ("ldquo", "\u{201C}"), ("rdquo", "\u{201D}"),
        ("copy", "\u{A9}"), ("eacute", "\u{E9}"), ("euro", "\u{20AC}"), ("laquo", "\u{AB}"), ("raquo", "\u{BB}"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Elements that have no content and no end tag: `br`, `img` and `hr`.
    private static func isVoid(_ element: Int) -> Bool {
        element == lineBreak || element == image || element == rule
    }

    /// Whether `element` may start inside `parent` without libxml2 closing or opening anything:
    /// a list item only directly in a list, a list also directly in a list item, other blocks
    /// only in the fragment, a `blockquote` or a `div`.
    private static func blockMayOpen(_ element: Int, in parent: Int) -> Bool {
        switch element {
        case listItem: parent == unorderedList || parent == orderedList
        case unorderedList, orderedList: blockContainers.contains(parent) || parent == listItem
        default: blockContainers.contains(parent)
        }
    }
    /// Blocks may open only directly inside these (or the fragment itself): `blockquote`, `div`
    /// and HTML5's sectioning elements, which libxml2 2.9 does not know and so never closes
    /// implicitly nor makes close anything.
    private static let blockContainers: Set = [4, 5, 30, 31, 32, 33, 34, 35, 36, body]

    private enum Token {
        case start(element: Int, attributes: Range<Int>)
        case end
        /// Bytes of the input.
        case text(Range<Int>)
        /// Decoded bytes in the scratch buffer.
        case decoded(Range<Int>)
    }

    private let input: UnsafeBufferPointer<UInt8>
    private var tokens: [Token] = []
    /// Decoded characters, and attributes as NUL-terminated name and value pairs.
    private var scratch: [UInt8] = []
    /// Offsets into ``scratch`` of each attribute's name and value.
    private var attributeOffsets: [(name: Int, value: Int)] = []

    private init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    /// Reports `input` (a fragment, parsed as the content of `<html><body>`) to `handler` and
    /// returns `true`, or returns `false` without reporting anything when the fragment is not
    /// within the subset.
    static func scan<Handler: HTMLEventHandler>(_ input: UnsafeBufferPointer<UInt8>, into handler: inout Handler) -> Bool {
        var scanner = SimpleMarkupScanner(input)
        guard scanner.tokenize() else { return false }
        scanner.replay(into: &handler)
        return true
    }

    private mutating func tokenize() -> Bool {
        var open: [Int] = [Self.body]
        var index = 0
        var textStart = 0
        let count = input.count
        while index < count {
            index = nextMarkup(from: index)
            guard index < count else { break }
            let byte = input[index]
            if index > textStart { tokens.append(.text(textStart..<index)) }
            if byte == UInt8(ascii: "&") {
                let decodedStart = scratch.count
                guard let next = reference(at: index) else { return false }
                tokens.append(.decoded(decodedStart..<scratch.count))
                index = next
            } else if index + 1 < count, input[index + 1] == UInt8(ascii: "/") {
                guard let (element, next) = name(at: index + 2), !Self.isVoid(element), open.last == element, open.count > 1 else {
                    return false
                }
                index = skipSpace(from: next)
                guard index < count, input[index] == UInt8(ascii: ">") else { return false }
                index += 1
                open.removeLast()
                tokens.append(.end)
            } else {
                guard let (element, next) = name(at: index + 1) else { return false }
                if Self.elements[element].isBlock {
                    guard Self.blockMayOpen(element, in: open[open.count - 1]) else { return false }
                } else if element == Self.link {
                    guard !open.contains(Self.link) else { return false }
                }
                let attributesStart = attributeOffsets.count
                guard let end = attributes(from: next) else { return false }
                index = end
                tokens.append(.start(element: element, attributes: attributesStart..<attributeOffsets.count))
                if input[index - 2] == UInt8(ascii: "/") {
                    // `<br/>`: libxml2 reads `/>` as an empty element; only void elements are accepted so.
                    guard Self.isVoid(element) else { return false }
                }
                if element == Self.preformatted, index < count, input[index] == 0x0A || input[index] == 0x0D {
                    // libxml2 drops a line break right after `<pre>`.
                    return false
                }
                if Self.isVoid(element) {
                    tokens.append(.end)
                } else {
                    open.append(element)
                }
            }
            textStart = index
        }
        if count > textStart { tokens.append(.text(textStart..<count)) }
        for _ in 1..<open.count { tokens.append(.end) }
        return true
    }

    /// The index of the next `<` or `&` from `start`, or the end of the input. Text runs are
    /// long: they are skipped eight bytes at a time.
    private func nextMarkup(from start: Int) -> Int {
        guard let base = input.baseAddress else { return input.count }
        var index = start
        while index + 8 <= input.count {
            let word = ByteWord.load(base + index)
            if ByteWord.contains(word, UInt8(ascii: "<")) || ByteWord.contains(word, UInt8(ascii: "&")) { break }
            index += 8
        }
        while index < input.count, input[index] != UInt8(ascii: "<"), input[index] != UInt8(ascii: "&") { index += 1 }
        return index
    }

    /// A known element's name at `index`, case-insensitively, and the index after it.
    private func name(at index: Int) -> (Int, Int)? {
        var end = index
        while end < input.count, end - index < 12, Self.isAlphanumeric(input[end]) { end += 1 }
        guard end > index, end < input.count else { return nil }
        let length = end - index
        for (number, element) in Self.elements.enumerated() where element.name.utf8CodeUnitCount == length {
            let name = element.name.utf8Start
            var matched = 0
            while matched < length, input[index + matched] | 0x20 == name[matched] { matched += 1 }
            if matched == length { return (number, end) }
        }
        return nil
    }

    /// Reads attributes up to and including the tag's `>`; the index after it.
    private mutating func attributes(from start: Int) -> Int? {
        var index = start
        let firstAttribute = attributeOffsets.count
        while true {
            let afterSpace = skipSpace(from: index)
            guard afterSpace < input.count else { return nil }
            let byte = input[afterSpace]
            if byte == UInt8(ascii: ">") { return afterSpace + 1 }
            if byte == UInt8(ascii: "/") {
                guard afterSpace + 1 < input.count, input[afterSpace + 1] == UInt8(ascii: ">") else { return nil }
                return afterSpace + 2
            }
            // An attribute must be separated from the name or the previous value by whitespace.
            guard afterSpace > index, Self.isLetter(byte) else { return nil }
            var nameEnd = afterSpace
            while nameEnd < input.count, Self.isAlphanumeric(input[nameEnd]) || input[nameEnd] == UInt8(ascii: "-") { nameEnd += 1 }
            let nameOffset = scratch.count
            for position in afterSpace..<nameEnd { scratch.append(input[position] | (Self.isLetter(input[position]) ? 0x20 : 0)) }
            scratch.append(0)
            // libxml2 keeps the first of duplicate attributes; the scanner leaves them to it.
            for earlier in attributeOffsets[firstAttribute...] where Self.cString(scratch, at: earlier.name, equals: nameOffset) {
                return nil
            }
            var position = skipSpace(from: nameEnd)
            guard position < input.count, input[position] == UInt8(ascii: "=") else { return nil }
            position = skipSpace(from: position + 1)
            guard position < input.count, input[position] == UInt8(ascii: "\"") || input[position] == UInt8(ascii: "'") else { return nil }
            let quote = input[position]
            position += 1
            let valueOffset = scratch.count
            while position < input.count, input[position] != quote {
                let character = input[position]
                if character == UInt8(ascii: "&") {
                    guard let next = reference(at: position) else { return nil }
                    position = next
                } else {
                    guard character != UInt8(ascii: "<"), character != 0 else { return nil }
                    scratch.append(character)
                    position += 1
                }
            }
            guard position < input.count else { return nil }
            scratch.append(0)
            attributeOffsets.append((nameOffset, valueOffset))
            index = position + 1
        }
    }

    /// Decodes the character reference at `index` (its `&`) into ``scratch``; the index after its
    /// `;`, or `nil` for a reference outside the subset.
    private mutating func reference(at index: Int) -> Int? {
        var end = index + 1
        while end < input.count, end - index < 10, input[end] != UInt8(ascii: ";") { end += 1 }
        guard end < input.count, input[end] == UInt8(ascii: ";") else { return nil }
        let body = UnsafeBufferPointer(rebasing: input[(index + 1)..<end])
        if body.first == UInt8(ascii: "#") {
            var value: UInt32 = 0
            let hex = body.count > 1 && (body[1] | 0x20) == UInt8(ascii: "x")
            let digits = body.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.count <= 6 else { return nil }
            for digit in digits {
                guard let number = Self.digitValue(digit, hex: hex) else { return nil }
                value = value * (hex ? 16 : 10) + number
            }
            // Printable characters only: libxml2 rewrites or refuses controls, C1 and noncharacters.
            guard value >= 0x20, value != 0x7F, !(0x80...0x9F).contains(value),
                value < 0xD800 || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value),
                let scalar = Unicode.Scalar(value)
            else { return nil }
            scratch.append(contentsOf: String(Character(scalar)).utf8)
            return end + 1
        }
        guard let named = Self.namedReferences.first(where: { $0.name.elementsEqual(body) }) else { return nil }
        scratch.append(contentsOf: named.bytes)
        return end + 1
    }

    private func replay<Handler: HTMLEventHandler>(into handler: inout Handler) {
        scratch.withUnsafeBufferPointer { scratch in
            guard let input = input.baseAddress else { return }
            let decodedBase = scratch.baseAddress ?? input
            var attributeList: [UnsafePointer<UInt8>?] = []
            Self.start(Self.html, attributes: nil, into: &handler)
            Self.start(Self.body, attributes: nil, into: &handler)
            for token in tokens {
                switch token {
                case .start(let element, let attributes):
                    guard !attributes.isEmpty else {
                        Self.start(element, attributes: nil, into: &handler)
                        continue
                    }
                    attributeList.removeAll(keepingCapacity: true)
                    for offsets in attributeOffsets[attributes] {
                        attributeList.append(decodedBase + offsets.name)
                        attributeList.append(decodedBase + offsets.value)
                    }
                    attributeList.append(nil)
                    attributeList.withUnsafeBufferPointer { Self.start(element, attributes: $0.baseAddress, into: &handler) }
                case .end:
                    handler.end()
                case .text(let range):
                    handler.text(input + range.lowerBound, count: range.count)
                case .decoded(let range):
                    handler.text(decodedBase + range.lowerBound, count: range.count)
                }
            }
            handler.end()
            handler.end()
        }
    }

    private static func start<Handler: HTMLEventHandler>(
        _ element: Int, attributes: UnsafePointer<UnsafePointer<UInt8>?>?, into handler: inout Handler
    ) {
        let name: StaticString =
            switch element {
            case html: "html"
            case body: "body"
            default: elements[element].name
            }
        // StaticString literals are NUL-terminated, as libxml2's names are.
        handler.start(name.utf8Start, attributes: attributes)
    }

    private func skipSpace(from start: Int) -> Int {
        var index = start
        while index < input.count, input[index] == 0x20 || input[index] == 0x09 || input[index] == 0x0A { index += 1 }
        return index
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func cString(_ buffer: [UInt8], at first: Int, equals second: Int) -> Bool {
        var offset = 0
        while buffer[first + offset] == buffer[second + offset] {
            if buffer[first + offset] == 0 { return true }
            offset += 1
        }
        return false
    }
}
