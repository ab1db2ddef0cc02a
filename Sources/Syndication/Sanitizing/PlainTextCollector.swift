/// Collects the text a reader would see in a parsed fragment: no tags, no script or style
/// content, a space where a block or line break separated words.
struct PlainTextCollector: HTMLEventHandler {
    private(set) var bytes: [UInt8] = []
    /// For each open element, whether it separates words (a block or `br`).
    private var separators: [Bool] = []
    private var droppedDepth = 0

    mutating func start(_ name: UnsafePointer<UInt8>, attributes: UnsafePointer<UnsafePointer<UInt8>?>?) {
        if droppedDepth > 0 {
            droppedDepth += 1
            return
        }
        let separates: Bool
        switch HTMLElementRule.forElement(String(cString: name)) {
        case .drop:
            droppedDepth = 1
            return
        case .unwrap(let isBlock): separates = isBlock
        case .keep(let role): separates = role != .inline && role != .link
        }
        if separates { bytes.append(0x20) }
        separators.append(separates)
    }

    mutating func end() {
        if droppedDepth > 0 {
            droppedDepth -= 1
        } else if let separates = separators.popLast(), separates {
            bytes.append(0x20)
        }
    }

    mutating func text(_ text: UnsafePointer<UInt8>, count: Int) {
        guard droppedDepth == 0 else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: text, count: count))
    }

    mutating func finish() {}

    /// `text` with every run of whitespace or control characters made one space, trimmed.
    static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
