/// A cursor over the ASCII bytes of a date string.
struct DateScanner {
    private let bytes: [UInt8]
    private(set) var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { index >= bytes.count }
    var peek: UInt8? { isAtEnd ? nil : bytes[index] }

    /// Reads between `min` and `max` decimal digits as a number.
    mutating func number(minDigits: Int, maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maxDigits, let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
            index += 1
        }
        return count >= minDigits ? value : nil
    }

    /// Consumes `byte` if it is next.
    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// Consumes the next byte if it is one of `choices`, returning it.
    mutating func take(oneOf choices: String) -> UInt8? {
        guard let byte = peek, choices.utf8.contains(byte) else { return nil }
        index += 1
        return byte
    }

    /// Reads a fraction of a second after its decimal point (`"250"` → 0.25).
    mutating func fraction() -> Double {
        var value = 0.0
        var scale = 0.1
        while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            value += Double(byte - UInt8(ascii: "0")) * scale
            scale /= 10
            index += 1
        }
        return value
    }

    /// Reads a numeric zone offset `+hh:mm`, `+hhmm` or `+hh`, in seconds east of UTC.
    mutating func numericOffset() -> Int? {
        guard let sign = take(oneOf: "+-"), let hours = number(minDigits: 2, maxDigits: 2) else { return nil }
        _ = skip(UInt8(ascii: ":"))
        let minutes = number(minDigits: 2, maxDigits: 2) ?? 0
        guard hours < 24, minutes < 60 else { return nil }
        let seconds = hours * 3_600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -seconds : seconds
    }
}
