extension KeyedDecodingContainer {
    /// A rule option: the value for `key`, or `fallback` when the key is missing; throws naming
    /// the key when the value has the wrong type or fails `isValid`.
    ///
    /// Stempel prints such errors with the rule and the key, so write `expected` as what a site
    /// should put there:
    ///
    /// ```swift
    /// score = try container.decode(.score, default: score, expecting: "a number of at least 0") { $0 >= 0 }
    /// // rules.my-rule.options.score: expected a number of at least 0, not -1.0
    /// ```
    public func decode<Value: Decodable>(
        _ key: Key,
        default fallback: Value,
        expecting expected: String,
        where isValid: (Value) -> Bool = { _ in true }
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
