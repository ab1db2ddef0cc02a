import ModerationKit

extension ShoutingDetector {
    /// How a site tunes the shouting detector. Every option has a default, so `{}` is valid.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   capitalShare: 0.8
    ///   minimumLetters: 20
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// The share of cased letters that must be capitals for the text to count as shouting,
        /// above 0 and at most 1. Default `0.7`.
        public var capitalShare = 0.7

        /// Texts with fewer cased letters than this are never shouting, so "OK" or "NS" is
        /// fine; at least 0. Default `12`.
        public var minimumLetters = 12

        /// A run of this many `!` or more is a finding on its own; at least 2, since a single
        /// `!` is ordinary punctuation. Default `3`.
        public var exclamationRun = 3

        /// The score of the finding, finite and at least 0. Default `5`: enough to hold on its
        /// own under the default policy (hold at 5, reject at 10).
        public var score = 5.0

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            capitalShare = try container.decode(.capitalShare, default: capitalShare, expecting: "a number above 0 and at most 1") {
                $0 > 0 && $0 <= 1
            }
            minimumLetters = try container.decode(.minimumLetters, default: minimumLetters, expecting: "a whole number of at least 0") {
                $0 >= 0
            }
            exclamationRun = try container.decode(.exclamationRun, default: exclamationRun, expecting: "a whole number of at least 2") {
                $0 >= 2
            }
            score = try container.decode(.score, default: score, expecting: "a finite number of at least 0") {
                $0.isFinite && $0 >= 0
            }
        }

        private enum CodingKeys: String, CodingKey {
            case capitalShare, minimumLetters, exclamationRun, score
        }
    }
}

extension KeyedDecodingContainer {
    /// The value for `key`, or `fallback` when the key is missing; throws naming the key when
    /// the value has the wrong type or fails `isValid`.
    fileprivate func decode<Value: Decodable>(
        _ key: Key,
        default fallback: Value,
        expecting expected: String,
        where isValid: (Value) -> Bool
    ) throws -> Value {
        let decoded: Value?
        do {
            decoded = try decodeIfPresent(Value.self, forKey: key)
        } catch {
            // Decoders do not always name the key: JSONDecoder throws an internal error for 2.5
            // as an Int and reports it as invalid JSON with an empty path. The site needs the key.
            // Data corrupted rather than type mismatch, so that the message says what is expected:
            // "expected a whole number", not "expected a number", for 2.5 as an Int.
            let context = DecodingError.Context(codingPath: codingPath + [key], debugDescription: "expected \(expected)", underlyingError: error)
            throw DecodingError.dataCorrupted(context)
        }
        guard let value = decoded else { return fallback }
        guard isValid(value) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected \(expected), not \(value)")
        }
        return value
    }
}
