/// A 64-bit FNV-1a hash of a comment body, indexed so that "was this body seen?" is one lookup.
///
/// Not a security measure: equal hashes are confirmed by comparing the bodies themselves.
package enum BodyHash {
    package static func of(_ body: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in body.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }
}
