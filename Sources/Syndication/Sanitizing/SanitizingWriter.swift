/// Writes the allowlisted part of a parsed fragment as HTML, event by event.
///
/// Output follows a content model that every HTML parser reads back into the same tree:
/// blocks only where blocks may stand, `li` only in lists, no link inside a link. An element
/// that would break it is unwrapped instead, which also keeps the result stable when it is
/// sanitized again.
struct SanitizingWriter: HTMLEventHandler {
    /// Where an element stands, which decides what may go there.
    enum Context {
        /// Blocks and inline content (the fragment itself, `blockquote`, `li`).
        case flow
        /// Inline content only (`p`, headings, `pre`, inline elements).
        case phrasing
        /// List items only (`ul`, `ol`); anything else is wrapped in an implied `li`.
        case list
    }

    /// One open element of the input, kept or not.
    private struct Frame {
        var closing: [UInt8]?
        var context: Context
        var inLink: Bool
        var depth: Int
        /// For list context: the frame of the list, which owns the implied `li`.
        var listFrame: Int?
        var impliedItemOpen = false
        var separatesAfter = false
    }

    let links: LinkPolicy
    let maximumDepth: Int
    private(set) var output: HTMLOutput
    private var frames: [Frame]
    /// How many dropped elements are open: while above zero, every event is ignored.
    private var droppedDepth = 0

    init(links: LinkPolicy, maximumDepth: Int, capacity: Int) {
        self.links = links
        self.maximumDepth = maximumDepth
        self.output = HTMLOutput(capacity: capacity)
        self.frames = [Frame(closing: nil, context: .flow, inLink: false, depth: 0)]
    }

    mutating func start(_ name: UnsafePointer<UInt8>, attributes: UnsafePointer<UnsafePointer<UInt8>?>?) {
        if droppedDepth > 0 {
            droppedDepth += 1
            return
        }
        let name = String(cString: name)
        let frame = frames[frames.count - 1]
        switch HTMLElementRule.forElement(name) {
        case .drop:
            droppedDepth = 1
        case .unwrap(let isBlock):
            unwrap(frame: frame, isBlock: isBlock)
        case .keep(let role):
            keep(name, role: role, attributes: attributes, frame: frame)
        }
    }

    mutating func end() {
        if droppedDepth > 0 {
            droppedDepth -= 1
        } else if frames.count > 1 {
            close(frames.removeLast())
        }
    }

    mutating func text(_ bytes: UnsafePointer<UInt8>, count: Int) {
        guard droppedDepth == 0 else { return }
        let frame = frames[frames.count - 1]
        if frame.context == .list {
            // Whitespace between items is not content; inside an implied item it is.
            if let list = frame.listFrame, !frames[list].impliedItemOpen, Self.isWhitespace(bytes, count: count) { return }
            openImpliedItem(frame)
        }
        output.escaped(bytes, count: count)
    }

    mutating func finish() {
        droppedDepth = 0
        while frames.count > 1 { close(frames.removeLast()) }
    }

    private mutating func close(_ frame: Frame) {
        if frame.impliedItemOpen { output.raw("</li>") }
        if let closing = frame.closing { output.raw(closing) }
        if frame.separatesAfter { separate() }
    }

    private mutating func unwrap(frame: Frame, isBlock: Bool) {
        // A line feed stands in for the block's edges, except in a list, where loose text would
        // open an implied item on the next pass.
        let separates = isBlock && frame.context != .list
        if separates { separate() }
        var child = frame
        child.closing = nil
        child.impliedItemOpen = false
        child.separatesAfter = separates
        frames.append(child)
    }

    private mutating func keep(_ name: String, role: HTMLElementRole, attributes: UnsafePointer<UnsafePointer<UInt8>?>?, frame: Frame) {
        var href: String?
        let fits: Bool
        switch role {
        case .listItem: fits = frame.context == .list
        case .phrasingBlock, .flowBlock, .list: fits = frame.context != .phrasing
        case .link:
            href = frame.inLink ? nil : Self.attribute("href", in: attributes).flatMap(links.href(for:))
            fits = href != nil
        case .inline, .lineBreak: fits = true
        }
        guard fits, frame.depth < maximumDepth else {
            unwrap(frame: frame, isBlock: role != .inline && role != .link && role != .lineBreak)
            return
        }
        if role == .listItem {
            closeImpliedItem(frame)
        } else if frame.context == .list {
            openImpliedItem(frame)
        }
        let tags = Self.tags[name] ?? (Array("<\(name)".utf8), Array("</\(name)>".utf8))
        output.raw(tags.open)
        if let href {
            output.raw(" href=\"")
            output.escaped(href)
            output.raw("\" rel=\"nofollow ugc\"")
        }
        output.raw(">")
        let context: Context =
            switch role {
            case .list: .list
            case .listItem, .flowBlock: .flow
            case .phrasingBlock, .inline, .link, .lineBreak: .phrasing
            }
        frames.append(
            Frame(
                closing: role == .lineBreak ? nil : tags.closing,
                context: context,
                inLink: frame.inLink || role == .link,
                depth: frame.depth + 1,
                listFrame: role == .list ? frames.count : nil
            )
        )
    }

    /// The start (without its `>`) and end tags of every kept element, made once: building them
    /// per element was a tenth of the sanitizer's time.
    private static let tags: [String: (open: [UInt8], closing: [UInt8])] = Dictionary(
        uniqueKeysWithValues: [
            "p", "h2", "h3", "h4", "pre", "em", "strong", "b", "i", "u", "s", "q", "cite", "code", "a", "br", "blockquote", "ul", "ol", "li",
        ]
        .map { ($0, (Array("<\($0)".utf8), Array("</\($0)>".utf8))) })

    private mutating func openImpliedItem(_ frame: Frame) {
        guard let list = frame.listFrame, !frames[list].impliedItemOpen else { return }
        output.raw("<li>")
        frames[list].impliedItemOpen = true
    }

    private mutating func closeImpliedItem(_ frame: Frame) {
        guard let list = frame.listFrame, frames[list].impliedItemOpen else { return }
        output.raw("</li>")
        frames[list].impliedItemOpen = false
    }

    /// A line feed between words that an unwrapped block kept apart; not after a tag, where a
    /// browser would swallow it after `<pre>`.
    private mutating func separate() {
        guard let last = output.last else { return }
        switch last {
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: ">"): return
        default: output.raw("\n")
        }
    }
}
