import ModerationKit

extension PersonalDataDetector {
    /// How a site tunes the personal data detector. Every option has a default, so `{}` is valid.
    ///
    /// Missing keys keep their defaults; a value of the wrong type or out of range throws a
    /// `DecodingError` whose coding path names the key. Values set in code are not checked.
    ///
    /// ```yaml
    /// options:
    ///   emailAddresses: false
    ///   forceHold: false
    /// ```
    public struct Options: RuleOptions, Hashable {
        /// Look for phone numbers. Default `true`.
        public var phoneNumbers = true

        /// Look for email addresses (not those of organisations, such as `info@`). Default `true`.
        public var emailAddresses = true

        /// Look for bank account numbers (IBANs with a valid check). Default `true`.
        public var ibans = true

        /// Look for postal addresses: a postcode with a house number. Default `true`.
        public var postalAddresses = true

        /// The score of each kind found, finite and at least 0. Default `5`: holds on its own.
        public var score = 5.0

        /// Force a **hold** with each finding, so that neither a trusted author's bonus lets
        /// the comment through nor several kinds together reject it: a moderator should look.
        /// Default `true`.
        public var forceHold = true

        /// The options with every default.
        public init() {}

        /// Decodes the options, keeping the default for each missing key.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            phoneNumbers = try container.decode(.phoneNumbers, default: phoneNumbers, expecting: "true or false") { _ in true }
            emailAddresses = try container.decode(.emailAddresses, default: emailAddresses, expecting: "true or false") { _ in true }
            ibans = try container.decode(.ibans, default: ibans, expecting: "true or false") { _ in true }
            postalAddresses = try container.decode(.postalAddresses, default: postalAddresses, expecting: "true or false") { _ in true }
            score = try container.decode(.score, default: score, expecting: "a finite number of at least 0") { $0.isFinite && $0 >= 0 }
            forceHold = try container.decode(.forceHold, default: forceHold, expecting: "true or false") { _ in true }
        }

        private enum CodingKeys: String, CodingKey {
            case phoneNumbers, emailAddresses, ibans, postalAddresses, score, forceHold
        }
    }
}
