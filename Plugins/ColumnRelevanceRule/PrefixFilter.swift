/// A 4,096-bit filter of the first three bytes of a comment's stems: most words of a column
/// start differently from every one of them, and are dismissed without folding, stemming or
/// hashing them. A word that passes may still not match; one that fails cannot.
struct PrefixFilter {
    private var bits = [UInt64](repeating: 0, count: 64)

    mutating func insert(_ prefix: UInt32) {
        let bit = Self.bit(of: prefix)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    func mayContain(_ prefix: UInt32) -> Bool {
        let bit = Self.bit(of: prefix)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(of prefix: UInt32) -> Int {
        Int((prefix &* 0x9E37_79B1) >> 20)
    }
}
