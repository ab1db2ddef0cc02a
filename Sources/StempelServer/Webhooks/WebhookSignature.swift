import Crypto
import Foundation

/// The `X-Stempel-Signature` header: `sha256=` and the hex HMAC-SHA256 of the exact body bytes
/// under the shared secret, so that a receiver can tell the call came from this server.
///
/// A receiver recomputes it over the raw body and compares in constant time, for example in Python:
/// `hmac.compare_digest(header, "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest())`.
public enum WebhookSignature {
    /// The header's name.
    public static let headerName = "X-Stempel-Signature"

    /// The header's value for `body` signed with `secret`.
    public static func value(for body: Data, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + code.map { String(format: "%02x", $0) }.joined()
    }
}
