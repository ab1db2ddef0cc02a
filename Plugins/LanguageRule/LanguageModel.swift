import Foundation

/// A multinomial naive Bayes model over character 1-, 2- and 3-grams, one per order, built from
/// the n-gram counts in ``profiles`` (see `Benchmarks/language-model/`).
///
/// P(gram | language) = (count + α) / (total + α·V), where V is the number of distinct grams of
/// that order in all languages, plus one for grams never seen; α is ``smoothing``. A text's score
/// for a language is the sum of the log probabilities of its grams.
///
/// The log probabilities are computed once, when the model is first used, and quantised to one
/// byte each: `q = ⌊(log p − low) / step + ½⌋` with 255 steps between the lowest and the highest
/// (a step is about 0.03). Each gram then has a row of 16 small integers, one lane per language,
/// so that scoring a gram is one table probe and one vector addition, and the whole table stays
/// in the processor's cache. `build_profiles.py` quantises the same way, so the accuracy it prints is
/// that of this model.
struct LanguageModel: Sendable {
    /// The model of the shipped profiles, built on first use and shared by every rule instance.
    static let shared = LanguageModel(profiles: profiles)

    /// α in the add-α smoothing; `build_profiles.py` uses the same.
    static let smoothing = 0.5

    /// The language codes, in lane order.
    let codes: [String]
    /// The languages' English names, in lane order.
    let names: [String]
    /// The size of one quantisation step, in nats: what a difference of 1 in summed rows is worth.
    let step: Double
    private let table: GramTable
    /// The quantised log probability of a gram that no language has, per order (index 0 for unigrams).
    private let unseen: [SIMD16<UInt16>]

    init(profiles: [(code: String, name: String, counts: String)]) {
        precondition(profiles.count <= SIMD16<UInt16>.scalarCount, "one vector lane per language")
        var counts: [[UInt64: Int]] = []
        var totals: [[Int]] = []
        var keys: Set<UInt64> = []
        for profile in profiles {
            var own: [UInt64: Int] = [:]
            var total = [0, 0, 0]
            let tokens = profile.counts.split { $0 == " " || $0 == "\n" }
            for index in stride(from: 0, to: tokens.count - 1, by: 2) {
                let gram = tokens[index].replacingOccurrences(of: "_", with: " ")
                guard let key = GramKey.make(Substring(gram)), let count = Int(tokens[index + 1]) else {
                    preconditionFailure("malformed profile \(profile.code) near \(tokens[index])")
                }
                own[key] = count
                total[GramKey.order(of: key) - 1] += count
                keys.insert(key)
            }
            counts.append(own)
            totals.append(total)
        }
        var vocabulary = [1, 1, 1]  // one more than the grams seen, for those never seen
        for key in keys { vocabulary[GramKey.order(of: key) - 1] += 1 }
        let alpha = Self.smoothing
        let denominators = totals.map { total in (0..<3).map { Double(total[$0]) + alpha * Double(vocabulary[$0]) } }
        func logProbability(_ count: Int, lane: Int, order: Int) -> Double {
            log((Double(count) + alpha) / denominators[lane][order])
        }
        // The range to quantise: the unseen grams have the lowest probabilities, the most
        // frequent letter the highest.
        var low = Double.infinity
        var high = -Double.infinity
        for lane in profiles.indices {
            for order in 0..<3 { low = min(low, logProbability(0, lane: lane, order: order)) }
            for (key, count) in counts[lane] { high = max(high, logProbability(count, lane: lane, order: GramKey.order(of: key) - 1)) }
        }
        let step = (high - low) / 255
        func quantised(_ value: Double) -> UInt16 {
            UInt16(max(0, min(255, ((value - low) / step + 0.5).rounded(.down))))
        }
        var unseen = [SIMD16<UInt16>](repeating: SIMD16(), count: 3)
        for lane in profiles.indices {
            for order in 0..<3 { unseen[order][lane] = quantised(logProbability(0, lane: lane, order: order)) }
        }
        var rows: [UInt64: SIMD16<UInt16>] = [:]
        for key in keys {
            var row = SIMD16<UInt16>()
            for lane in profiles.indices {
                row[lane] = quantised(logProbability(counts[lane][key] ?? 0, lane: lane, order: GramKey.order(of: key) - 1))
            }
            rows[key] = row
        }
        self.codes = profiles.map(\.code)
        self.names = profiles.map(\.name)
        self.step = step
        self.table = GramTable(rows)
        self.unseen = unseen
    }

    /// The quantised log probability of a gram in each language, one lane each (unused lanes 0).
    @inline(__always)
    func logProbabilities(of key: UInt64) -> SIMD16<UInt16> {
        table.values(of: key) ?? unseen[GramKey.order(of: key) - 1]
    }
}
