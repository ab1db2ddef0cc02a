/// One word of a text after normalisation: lowercase, without accents, as runs of one character.
///
/// `"Kuuut"` is the runs k, u×3, t. The ``keyHash`` folds leetspeak (`0`→o, `1`→i or l, `3`→e,
/// `4`→a, `5`→s, `7`→t, `@`→a, `$`→s) so that `"1u1"` and `"lul"` are looked up alike and are
/// told apart, or not, by ``fits(_:at:openStart:openEnd:)``, which compares run by run.
struct WordToken {
    /// The word's characters, each with how often it stands in a row.
    private(set) var runs: [Run]
    /// A hash of the word's canonical characters (one per run), for lookup.
    let keyHash: UInt64

    /// A character and how many times it stands in a row.
    struct Run: Hashable {
        var character: UInt32
        var count: Int
    }

    init(runs: [Run]) {
        self.runs = runs
        keyHash = runs.reduce(Self.hashBasis, Self.hash)
    }

    /// One word of several: `k`, `u`, `t` spaced out are `kut`, and `k`, `u`, `u`, `t` are `k`, `u`×2, `t`.
    init(joining words: some Sequence<WordToken>) {
        var runs: [Run] = []
        for run in words.lazy.flatMap(\.runs) {
            if let last = runs.indices.last, runs[last].character == run.character {
                runs[last].count += run.count
            } else {
                runs.append(run)
            }
        }
        self.init(runs: runs)
    }

    /// The start of an FNV-1a hash over canonical characters.
    static let hashBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash extended by one run's canonical character.
    static func hash(_ hash: UInt64, _ run: Run) -> UInt64 {
        (hash ^ UInt64(canonical(run.character))) &* 0x0000_0100_0000_01b3
    }

    /// Whether this word (of a list entry) fits the text word `text` from run `offset` on.
    ///
    /// A text character fits an entry character when it is the same, or leetspeak for it. A run
    /// fits when it is as long, or three or more long ("kuuut" fits "kut", "kuut" does not, so
    /// that the Dutch double letters stay apart: "sleet" is not "slet"). With an open start or
    /// end (a `*` in the entry), the text run at that edge may also be longer.
    func fits(_ text: WordToken, at offset: Int = 0, openStart: Bool = false, openEnd: Bool = false) -> Bool {
        guard offset >= 0, offset + runs.count <= text.runs.count else { return false }
        if !openStart && offset != 0 || !openEnd && offset + runs.count != text.runs.count { return false }
        for (index, run) in runs.enumerated() {
            let other = text.runs[offset + index]
            guard Self.accepts(entry: run.character, text: other.character) else { return false }
            let isOpenEdge = openStart && index == 0 || openEnd && index == runs.count - 1
            guard other.count == run.count || other.count >= 3 || isOpenEdge && other.count >= run.count else { return false }
        }
        return true
    }

    private static func accepts(entry: UInt32, text: UInt32) -> Bool {
        if entry == text { return true }
        switch text {
        case 0x30: return entry == 0x6F  // 0 → o
        case 0x31: return entry == 0x69 || entry == 0x6C  // 1 → i, l
        case 0x33: return entry == 0x65  // 3 → e
        case 0x34, 0x40: return entry == 0x61  // 4, @ → a
        case 0x35, 0x24: return entry == 0x73  // 5, $ → s
        case 0x37: return entry == 0x74  // 7 → t
        default: return false
        }
    }

    /// One character for each group that leetspeak mixes up: `1`, `l` and `i` are all `i`.
    private static func canonical(_ character: UInt32) -> UInt32 {
        switch character {
        case 0x31, 0x6C: 0x69  // 1, l → i
        case 0x30: 0x6F  // 0 → o
        case 0x33: 0x65  // 3 → e
        case 0x34, 0x40: 0x61  // 4, @ → a
        case 0x35, 0x24: 0x73  // 5, $ → s
        case 0x37: 0x74  // 7 → t
        default: character
        }
    }
}
