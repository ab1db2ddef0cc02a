/// An immutable hash table from n-gram keys to their quantised log probabilities, with open
/// addressing.
///
/// The language rule looks up every n-gram of a comment, several hundred per comment and
/// thousands of comments a second, so the layout is about memory latency: each slot holds its
/// key and its row side by side (no row index to follow), the table is at most three-quarters
/// full, and the hash is a multiplication. A `Dictionary` (SipHash, separate storage) made the
/// rule several times slower. Rows hold bytes widened to 16 bits, because widening them while
/// scoring (a generic SIMD conversion) cost more than the extra memory.
struct GramTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        var values = SIMD16<UInt16>()
    }

    private let slots: [Slot]
    private let shift: UInt64

    /// A table of `entries`; keys must not be 0, which marks an empty slot.
    init(_ entries: [UInt64: SIMD16<UInt16>]) {
        var bits: UInt64 = 4
        while 3 << bits < entries.count * 4 { bits += 1 }
        let capacity = 1 << Int(bits)
        var slots = [Slot](repeating: Slot(), count: capacity)
        let shift = 64 - bits
        for (key, values) in entries {
            var slot = Self.slot(of: key, shift: shift)
            while slots[slot].key != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: key, values: values)
        }
        self.slots = slots
        self.shift = shift
    }

    /// The row of `key`, or nil when the table does not have it.
    @inline(__always)
    func values(of key: UInt64) -> SIMD16<UInt16>? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(of: key, shift: shift)
            while true {
                let found = slots[slot]
                if found.key == key { return found.values }
                if found.key == 0 { return nil }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        // Fibonacci hashing: the top bits of the product depend on every bit of the key.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
