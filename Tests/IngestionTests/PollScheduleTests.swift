import Foundation
import Ingestion
import Testing

@Suite struct PollScheduleTests {
    private let schedule = PollSchedule(configuration: IngestionConfiguration())

    @Test func theSourceWinsThenTheFeedThenTheServerWithinBounds() {
        #expect(schedule.interval(sourceSeconds: 900, feedExtensions: ["ttl": "5"], headers: ["cache-control": "max-age=60"]) == 900)
        #expect(schedule.interval(sourceSeconds: nil, feedExtensions: ["ttl": "30"], headers: [:]) == 1_800)
        #expect(
            schedule.interval(sourceSeconds: nil, feedExtensions: ["sy_updateperiod": "daily", "sy_updatefrequency": "2"], headers: [:]) == 43_200)
        #expect(schedule.interval(sourceSeconds: nil, feedExtensions: [:], headers: ["cache-control": "public, max-age=7200"]) == 7_200)
        #expect(schedule.interval(sourceSeconds: nil, feedExtensions: [:], headers: [:]) == 3_600)
        // A feed asking to be polled every minute gets the minimum; one asking for a year, the maximum.
        #expect(schedule.interval(sourceSeconds: nil, feedExtensions: ["ttl": "1"], headers: [:]) == 300)
        #expect(schedule.interval(sourceSeconds: nil, feedExtensions: ["sy_updateperiod": "yearly"], headers: [:]) == 86_400)
    }

    @Test func backoffDoublesWithJitterAndHonoursRetryAfter() {
        for failures in 1...6 {
            let full = min(60 * pow(2, Double(failures - 1)), 86_400)
            let wait = schedule.backoff(failures: failures, retryAfter: nil)
            #expect(wait >= full * 0.75 && wait <= full, "failure \(failures): \(wait)")
        }
        #expect(schedule.backoff(failures: 40, retryAfter: nil) <= 86_400)
        #expect(schedule.backoff(failures: 1, retryAfter: 600) == 600)
        #expect(schedule.backoff(failures: 1, retryAfter: 10_000_000) == 86_400)
    }
}
