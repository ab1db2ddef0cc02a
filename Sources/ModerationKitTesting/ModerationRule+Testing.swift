import Foundation
import ModerationKit

extension ModerationRule {
    /// Judges a body with no history, as a quick check in tests.
    public func findings(for body: String) async throws -> [Finding] {
        try await evaluate(.sample(body: body), in: RecordedHistory().context())
    }

    /// The rule built from options decoded from JSON, as Stempel's configuration does.
    public static func decoded(fromJSON json: String) throws -> Self {
        Self(options: try JSONDecoder().decode(Options.self, from: Data(json.utf8)))
    }

    /// The summed score of a rule's findings.
    public func totalScore(for body: String) async throws -> Double {
        try await findings(for: body).reduce(0) { $0 + $1.score }
    }
}
