import Foundation
import Storage

/// A source as the API shows it.
struct SourceView: Encodable {
    var id: Int64
    var url: String
    var name: String
    var trust: String
    var intervalSeconds: Int?
    var followsComments: Bool
    var parentID: Int64?
    var column: String?
    var enabled: Bool
    var lastFetchAt: Date?
    var lastStatus: String?
    var lastError: String?
    var nextPollAt: Date?
    var failures: Int
    var entriesSeen: Int

    enum CodingKeys: String, CodingKey {
        case id, url, name, trust, column, enabled, failures
        case intervalSeconds = "interval_seconds"
        case followsComments = "follows_comments"
        case parentID = "parent_id"
        case lastFetchAt = "last_fetch_at"
        case lastStatus = "last_status"
        case lastError = "last_error"
        case nextPollAt = "next_poll_at"
        case entriesSeen = "entries_seen"
    }

    init(_ source: Source) {
        id = source.id
        url = source.url
        name = source.name
        trust = source.trust.rawValue
        intervalSeconds = source.intervalSeconds
        followsComments = source.followsComments
        parentID = source.parentID
        column = source.columnSlug
        enabled = source.isEnabled
        lastFetchAt = source.state.lastFetchAt
        lastStatus = source.state.lastStatus
        lastError = source.state.lastError
        nextPollAt = source.state.nextPollAt
        failures = source.state.failureCount
        entriesSeen = source.state.entriesSeen
    }
}
