/// An n-gram of up to three Unicode scalars packed into one integer, 21 bits per scalar.
///
/// A unigram is below 2²¹, a bigram below 2⁴², a trigram above: no n-gram contains scalar 0,
/// so keys of different orders never collide, and the order can be read back from the key.
enum GramKey {
    static func make(_ first: UInt32) -> UInt64 {
        UInt64(first)
    }

    static func make(_ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(first) << 21 | UInt64(second)
    }

    static func make(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> UInt64 {
        UInt64(first) << 42 | UInt64(second) << 21 | UInt64(third)
    }

    /// The key of a gram written as text ("de", " de"); nil unless it has one to three scalars.
    static func make(_ gram: Substring) -> UInt64? {
        let values = gram.unicodeScalars.map(\.value)
        switch values.count {
        case 1: return make(values[0])
        case 2: return make(values[0], values[1])
        case 3: return make(values[0], values[1], values[2])
        default: return nil
        }
    }

    /// 1, 2 or 3.
    static func order(of key: UInt64) -> Int {
        key >= 1 << 42 ? 3 : key >= 1 << 21 ? 2 : 1
    }
}
