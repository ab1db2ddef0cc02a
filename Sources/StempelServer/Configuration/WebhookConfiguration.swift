import Foundation

/// The webhook that announces held submissions (the `webhooks` section); off without a URL.
///
/// The secret signs every body (`X-Stempel-Signature`); it never appears in a description, a
/// dump or a log line.
public struct WebhookConfiguration: Sendable, Hashable {
    /// Where to POST, an absolute http or https URL. Default none (no webhook).
    public var url: String?
    /// The shared secret for HMAC-SHA256 signatures; required with a URL.
    public var secret: String?
    /// How many times a delivery is tried before it is given up. Default 10.
    public var maxAttempts = 10
    /// How long one attempt may take, in seconds. Default 10.
    public var timeoutSeconds = 10
    /// The wait before the first retry, in seconds; each retry doubles it, with jitter. Default 10.
    public var firstRetrySeconds = 10
    /// The longest wait between two attempts, in seconds. Default 3,600.
    public var maximumRetrySeconds = 3_600

    /// The defaults: no webhook.
    public init() {}

    /// Whether a webhook is configured.
    public var isEnabled: Bool { url != nil }

    /// What is wrong with the URL, if anything.
    var urlProblem: String? {
        guard let url else { return nil }
        guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
            return "url must be an absolute http or https URL"
        }
        return nil
    }

    /// Why this configuration cannot be used, if it cannot. Checked once the environment is
    /// applied, so that the file may name the URL and the environment give the secret.
    var problem: String? {
        if let urlProblem { return urlProblem }
        guard url != nil else { return nil }
        guard let secret, !secret.isEmpty else { return "a webhook url needs a secret to sign with" }
        guard secret.utf8.count >= 16 else { return "the secret must be at least 16 bytes long" }
        return nil
    }
}

extension WebhookConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "WebhookConfiguration(url: \(url ?? "none"), secret: \(secret == nil ? "none" : "<redacted>"), maxAttempts: \(maxAttempts))"
    }

    public var debugDescription: String { description }

    /// `dump` and the default description of the enclosing configuration show no secret either.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "url": url as Any, "secret": secret == nil ? "none" : "<redacted>", "maxAttempts": maxAttempts, "timeoutSeconds": timeoutSeconds,
            ]
        )
    }
}
