/// A 64-bit FNV-1a hash in hex: stable across runs and machines, unlike `Hasher`, so it can be
/// stored and compared on the next poll.
enum StableHash {
    static func of(_ parts: [String?]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            // A separator that text cannot contain keeps ("ab", "c") and ("a", "bc") apart.
            for byte in (part ?? "\u{0}").utf8 + [0xff] {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
