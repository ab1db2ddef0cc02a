/// Groups client addresses into networks, so that one person hopping between addresses in the same
/// block counts as one: IPv4 by /24 and IPv6 by /48 (as Isso does), IPv4-mapped IPv6 as IPv4.
///
/// ```swift
/// ClientNetwork.of("203.0.113.77")        // "203.0.113.0/24"
/// ClientNetwork.of("2001:db8:1:2::5")     // "2001:db8:1::/48"
/// ```
public enum ClientNetwork {
    /// The network of an address, or nil when the text is not an IP address.
    public static func of(_ address: String, ipv4PrefixLength: Int = 24, ipv6PrefixLength: Int = 48) -> String? {
        switch dottedDecimal(address) {
        case .address(let bytes): return ipv4Network(bytes, prefix: ipv4PrefixLength)
        case .invalid: return nil
        case .other: break
        }
        if let bytes = ipv4Bytes(address) { return ipv4Network(bytes, prefix: ipv4PrefixLength) }
        guard let groups = ipv6Groups(address) else { return nil }
        if groups[0..<5].allSatisfy({ $0 == 0 }), groups[5] == 0xffff {
            let bytes = [UInt8(groups[6] >> 8), UInt8(groups[6] & 0xff), UInt8(groups[7] >> 8), UInt8(groups[7] & 0xff)]
            return ipv4Network(bytes, prefix: ipv4PrefixLength)
        }
        let prefix = max(0, min(128, ipv6PrefixLength))
        var masked = groups
        for index in 0..<8 {
            let keep = max(0, min(16, prefix - index * 16))
            masked[index] = keep == 0 ? 0 : masked[index] & UInt16(truncatingIfNeeded: 0xffff << (16 - keep))
        }
        return "\(compressed(masked))/\(prefix)"
    }

    private static func ipv4Network(_ bytes: [UInt8], prefix: Int) -> String {
        let prefix = max(0, min(32, prefix))
        let value = bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let masked = prefix == 0 ? 0 : value & (UInt32.max << (32 - prefix))
        // Written byte by byte: every judgement asks for its network, and interpolation cost more than the rest.
        var text: [UInt8] = []
        text.reserveCapacity(18)
        for shift in [24, 16, 8, 0] {
            if shift < 24 { text.append(UInt8(ascii: ".")) }
            appendDecimal(Int(masked >> UInt32(shift) & 0xff), to: &text)
        }
        text.append(UInt8(ascii: "/"))
        appendDecimal(prefix, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    private static func appendDecimal(_ value: Int, to text: inout [UInt8]) {
        if value >= 100 { text.append(UInt8(ascii: "0") + UInt8(value / 100)) }
        if value >= 10 { text.append(UInt8(ascii: "0") + UInt8(value / 10 % 10)) }
        text.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    private enum DottedDecimal {
        case address([UInt8])
        /// Only digits and dots, but not four numbers of 0 to 255: no address at all.
        case invalid
        /// Something else: for the general parsers.
        case other
    }

    /// The common case, read from the bytes: four numbers of one to three digits, each at most
    /// 255, separated by dots. The same answer as ``ipv4Bytes(_:)`` for text of only ASCII digits
    /// and dots (which cannot be IPv6 either); anything else is left to the general parsers.
    private static func dottedDecimal(_ text: String) -> DottedDecimal {
        var bytes: [UInt8] = []
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, digits <= 3, value <= 255, bytes.count < 3 else { return text.utf8.allSatisfy(isDigitOrDot) ? .invalid : .other }
                bytes.append(UInt8(value))
                (value, digits) = (0, 0)
            } else if byte &- UInt8(ascii: "0") < 10 {
                value = value * 10 + Int(byte &- UInt8(ascii: "0"))
                digits += 1
                guard digits <= 3 else { return text.utf8.allSatisfy(isDigitOrDot) ? .invalid : .other }
            } else {
                return .other
            }
        }
        guard digits > 0, value <= 255, bytes.count == 3 else { return .invalid }
        bytes.append(UInt8(value))
        return .address(bytes)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }

    private static func isDigitOrDot(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte &- UInt8(ascii: "0") < 10
    }

    static func ipv4Bytes(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            // Digits only: Swift's integer parsing would also take a sign ("+1").
            guard (1...3).contains(part.utf8.count), part.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }), let value = UInt8(part) else {
                return nil
            }
            bytes.append(value)
        }
        return bytes
    }

    static func ipv6Groups(_ text: String) -> [UInt16]? {
        var text = Substring(text)
        if let zone = text.firstIndex(of: "%") { text = text[..<zone] }
        guard text.contains(":") else { return nil }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains("."), let bytes = ipv4Bytes(String(piece)) {
                    result.append(UInt16(bytes[0]) << 8 | UInt16(bytes[1]))
                    result.append(UInt16(bytes[2]) << 8 | UInt16(bytes[3]))
                } else {
                    guard (1...4).contains(piece.utf8.count), piece.utf8.allSatisfy(isHexDigit), let value = UInt16(piece, radix: 16) else {
                        return nil
                    }
                    result.append(value)
                }
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 8 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
        return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    }

    /// RFC 5952 text: lowercase, the longest run of zero groups (two or more) written as `::`.
    private static func compressed(_ groups: [UInt16]) -> String {
        var best = (start: -1, length: 0)
        var index = 0
        while index < 8 {
            guard groups[index] == 0 else {
                index += 1
                continue
            }
            let start = index
            while index < 8, groups[index] == 0 { index += 1 }
            if index - start > best.length, index - start >= 2 { best = (start, index - start) }
        }
        let hex = groups.map { String($0, radix: 16) }
        guard best.start >= 0 else { return hex.joined(separator: ":") }
        let head = hex[..<best.start].joined(separator: ":")
        let tail = hex[(best.start + best.length)...].joined(separator: ":")
        return "\(head)::\(tail)"
    }
}
