/// The stems of a comment's words, for looking up every word of its column: a small open
/// addressing table keyed by 64-bit word hashes.
///
/// A column has hundreds or thousands of words and each is looked up, so the probe is one
/// multiplication and usually one comparison, where a `Set<UInt64>` hashes with SipHash.
struct StemTable {
    private var keys: [UInt64]
    private var positions: [Int]
    private let shift: UInt64

    /// A table for at most `capacity` stems, at most half full.
    init(capacity: Int) {
        var bits: UInt64 = 3
        while 1 << bits < capacity * 2 { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << Int(bits))
        positions = [Int](repeating: -1, count: 1 << Int(bits))
        shift = 64 - bits
    }

    /// Adds a stem at `position` unless it is there already; returns whether it was added.
    mutating func insert(_ stem: UInt64, position: Int) -> Bool {
        var slot = slot(of: stem)
        while keys[slot] != 0 {
            if keys[slot] == stem { return false }
            slot = (slot + 1) & (keys.count - 1)
        }
        keys[slot] = stem
        positions[slot] = position
        return true
    }

    /// The position of a stem, or nil.
    func position(of stem: UInt64) -> Int? {
        var slot = slot(of: stem)
        while keys[slot] != 0 {
            if keys[slot] == stem { return positions[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    private func slot(of stem: UInt64) -> Int {
        // 0 marks an empty slot; a hash of 0 is as good as impossible, and would only miss a match.
        Int(truncatingIfNeeded: (stem &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
