import Foundation
import ModerationKit

extension Submission {
    /// A submission with plausible defaults, for tests: only say what matters to the test.
    public static func sample(
        body: String,
        authorName: String = "Lezer",
        email: String? = "lezer@example.nl",
        url: String? = nil,
        column: String = "voorbeeld",
        clientAddress: String? = "192.0.2.10",
        receivedAt: Date = Date(timeIntervalSince1970: 1_790_000_000)
    ) -> Submission {
        Submission(
            body: body,
            author: Author(name: authorName, email: email, url: url),
            column: column,
            clientAddress: clientAddress,
            receivedAt: receivedAt,
            source: .api
        )
    }
}
