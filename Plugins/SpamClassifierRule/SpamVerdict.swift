import Foundation
import ModerationKit

/// The spam probability of a set of features, from what moderators taught: Gary Robinson's
/// token probabilities combined with Fisher's chi-square method, as SpamBayes does.
///
/// For a feature seen in `s` of the `S` spam and `h` of the `H` ham examples:
///
/// - `p = (s/S) / (s/S + h/H)`, the chance that an example with the feature is spam if spam
///   and ham were equally common;
/// - `f = (0.45 · 0.5 + n · p) / (0.45 + n)` with `n = s + h`: Robinson's adjustment, which pulls
///   rarely seen features towards 0.5 (SpamBayes' `unknown_word_strength` 0.45 and
///   `unknown_word_prob` 0.5).
///
/// Features with `|f − 0.5| < 0.1` are dropped as noise, and at most the 150 strongest are kept
/// (SpamBayes' defaults). Then `H = C⁻¹(−2 Σ ln f, 2k)` and `S = C⁻¹(−2 Σ ln(1 − f), 2k)` over
/// the `k` clues, where `C⁻¹` is the chi-square survival function, and the probability is
/// `(1 + H − S) / 2`: near 1 when the clues agree on spam, near 0 when they agree on ham, and
/// near 0.5 when they disagree or there are none.
struct SpamVerdict {
    /// The strength of the prior belief about a feature, in examples.
    static let unknownWordStrength = 0.45
    /// The prior belief about a feature never seen.
    static let unknownWordProbability = 0.5
    /// Features closer to 0.5 than this are not clues.
    static let minimumStrength = 0.1
    /// Clues used at most, the strongest first.
    static let maximumClues = 150

    /// A feature that counted, with its probability `f`.
    struct Clue: Equatable {
        var feature: String
        var probability: Double
        /// How far from 0.5: how much the clue says, for spam or for ham.
        var strength: Double { abs(probability - 0.5) }
    }

    /// The spam probability, from 0 to 1.
    let probability: Double
    /// The clues, the strongest first (furthest from 0.5; by name among equals).
    let clues: [Clue]

    init(counts: LearnedCounts) {
        let spamExamples = Double(max(1, counts.spamExamples))
        let hamExamples = Double(max(1, counts.hamExamples))
        var clues: [Clue] = []
        for (feature, count) in counts.features where count.spam + count.ham > 0 {
            let spamRatio = Double(count.spam) / spamExamples
            let hamRatio = Double(count.ham) / hamExamples
            let p = spamRatio / (spamRatio + hamRatio)
            let n = Double(count.spam + count.ham)
            let f = (Self.unknownWordStrength * Self.unknownWordProbability + n * p) / (Self.unknownWordStrength + n)
            if abs(f - 0.5) >= Self.minimumStrength { clues.append(Clue(feature: feature, probability: f)) }
        }
        clues.sort { $0.strength != $1.strength ? $0.strength > $1.strength : $0.feature < $1.feature }
        if clues.count > Self.maximumClues { clues.removeLast(clues.count - Self.maximumClues) }
        self.clues = clues
        guard !clues.isEmpty else {
            probability = 0.5
            return
        }
        // Sums of logarithms, not products, so that 150 small probabilities cannot underflow.
        var sumLogF = 0.0
        var sumLogOneMinusF = 0.0
        for clue in clues {
            sumLogF += log(clue.probability)
            sumLogOneMinusF += log(1 - clue.probability)
        }
        // Many clues near 1 make Σ ln(1 − f) very negative, its survival tiny, and the spamminess near 1.
        let spamminess = 1 - Self.chiSquareSurvival(-2 * sumLogOneMinusF, degreesOfFreedom: 2 * clues.count)
        let hamminess = 1 - Self.chiSquareSurvival(-2 * sumLogF, degreesOfFreedom: 2 * clues.count)
        probability = min(1, max(0, (spamminess - hamminess + 1) / 2))
    }

    /// The probability that a chi-square variable with an even number of degrees of freedom is
    /// at least `value`: `e^(−m) Σ mⁱ/i!` for `i < degrees / 2`, with `m = value / 2`.
    static func chiSquareSurvival(_ value: Double, degreesOfFreedom degrees: Int) -> Double {
        let m = value / 2
        var term = exp(-m)
        var sum = term
        for i in stride(from: 1, to: degrees / 2, by: 1) {
            term *= m / Double(i)
            sum += term
        }
        return min(sum, 1)
    }
}
