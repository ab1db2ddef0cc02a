import ModerationKit

/// Holds comments that name someone's phone number, email address, bank account or home address.
///
/// Identifier `personal-data`. A column about a bad experience invites naming and shaming: the
/// call centre employee's mobile number, the landlord's address. Four kinds are looked for in
/// the body, each switched on or off by an option (all on by default):
///
/// - **phone numbers** (``Options/phoneNumbers``): Dutch ones such as `06-12345678`,
///   `020-1234567` and `+31 6 1234 5678`, and international ones with `+` or `00` and at least 8
///   digits. Service and business numbers (0800, 090x, 088) are not personal and are left alone;
///   so are dates, times, prices, and numbers after words such as "ordernummer" or "factuur";
/// - **email addresses** (``Options/emailAddresses``), except an organisation's role addresses
///   such as `klantenservice@…` or `info@…`;
/// - **IBANs** (``Options/ibans``), only with the right length and a valid mod-97 check;
/// - **postal addresses** (``Options/postalAddresses``): a Dutch postcode with a house number,
///   as in `Dorpsstraat 12, 1234 AB` or `1234AB 12`.
///
/// Each kind found gives one finding scored ``Options/score`` (default 5), with a forced
/// **hold** unless ``Options/forceHold`` is off, and a reason that quotes it masked:
/// `"contains a phone number (06-…78)"`, `"contains 2 email addresses (j…@e….nl, p…@g….com)"`.
///
/// ```swift
/// let rule = PersonalDataDetector(options: .init())
/// let findings = rule.evaluate(submission, in: context)
/// ```
public struct PersonalDataDetector: ModerationRule {
    /// `personal-data`, as sites name the rule in their configuration.
    public static let identifier = "personal-data"

    /// A one-line description for `stempel rules`.
    public static let summary = "Holds comments that contain a phone number, email address, IBAN or postal address."

    /// The options the rule was built with.
    public let options: Options

    /// Creates the rule with a site's options.
    public init(options: Options) {
        self.options = options
    }

    /// Judges the body of a submission; the author's fields and the history play no part.
    ///
    /// Synchronous and non-throwing: a few passes over the body's bytes.
    ///
    /// - Returns: one finding per kind of personal data found, in the order of the options.
    public func evaluate(_ submission: Submission, in context: RuleContext) -> [Finding] {
        let text = TextBytes(submission.body)
        // Emails and IBANs first, so that their digits are not taken for phone numbers.
        let emails = options.emailAddresses ? EmailAddressScanner.matches(in: text) : []
        // IBANs are always looked for: switched off, their digits are still no phone number.
        let ibans = IBANScanner.matches(in: text).filter { !emails.overlaps($0.range) }
        let addresses = options.postalAddresses ? PostalAddressScanner.matches(in: text) : []
        let phones = options.phoneNumbers ? PhoneNumberScanner.matches(in: text, excluding: emails + ibans + addresses) : []
        return [
            finding(phones, "a phone number", "phone numbers"),
            finding(emails, "an email address", "email addresses"),
            finding(options.ibans ? ibans : [], "a bank account number", "bank account numbers"),
            finding(addresses, "a postal address", "postal addresses"),
        ].compactMap { $0 }
    }

    private func finding(_ matches: [PersonalDataMatch], _ one: String, _ many: String) -> Finding? {
        guard !matches.isEmpty else { return nil }
        let what = matches.count == 1 ? one : "\(matches.count) \(many)"
        let quoted = matches.prefix(3).map(\.masked).joined(separator: ", ") + (matches.count > 3 ? ", …" : "")
        return Finding(score: options.score, reason: "contains \(what) (\(quoted))", action: options.forceHold ? .hold : nil)
    }
}
