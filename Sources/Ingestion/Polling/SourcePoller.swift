import Foundation
import Logging
import Metrics
import Moderation
import ModerationKit
import Storage
import Syndication

/// Polls one source: fetch, parse, map, judge, store, in that order, and stores nothing but the
/// source's status when any step fails.
///
/// A column feed's new entries become columns (approved for a trusted source, judged by the rules
/// for a moderated one); changed entries update their column. A comment feed's new items are
/// judged like posted comments. Everything, with the validators, is written in one transaction.
public struct SourcePoller: Sendable {
    let store: any SourceStore
    let fetcher: FeedFetcher
    let schedule: PollSchedule
    let judge: SubmissionJudge
    let logger: Logger
    let metrics: PollMetrics
    private let mapper = EntryMapper()
    /// Who polls, as the poll log records it (``SourcePoll/poller``): ``IngestionService`` sets
    /// its lease holder; nil by default.
    public var holder: String?

    /// Creates a poller. Each poll's result is counted per source in `metricsFactory` (see
    /// ``PollMetrics``), swift-metrics' bootstrapped factory by default.
    public init(
        store: any SourceStore,
        fetcher: FeedFetcher,
        judge: @escaping SubmissionJudge,
        logger: Logger,
        metricsFactory: any MetricsFactory = MetricsSystem.factory
    ) {
        self.store = store
        self.fetcher = fetcher
        self.schedule = PollSchedule(configuration: fetcher.configuration)
        self.judge = judge
        self.logger = logger
        self.metrics = PollMetrics(factory: metricsFactory)
    }

    /// Polls `source` once and records the outcome on it.
    @discardableResult
    public func poll(_ source: Source, now: Date = Date()) async -> PollOutcome {
        let outcome = await attempt(source, now: now)
        metrics.record(outcome)
        return outcome
    }

    private func attempt(_ source: Source, now: Date) async -> PollOutcome {
        var state = source.state
        state.lastFetchAt = now
        do {
            let fetched = try await fetcher.fetch(source.url, validators: Validators(etag: state.etag, lastModified: state.lastModified))
            if fetched.isNotModified {
                state.lastStatus = "\(fetched.statusCode) Not Modified"
                state.lastError = nil
                state.failureCount = 0
                state.nextPollAt = now.addingTimeInterval(TimeInterval(unchangedInterval(source, headers: fetched.headers)))
                try await store.applyPoll(SourcePollUpdate(sourceID: source.id, movedTo: fetched.movedTo, state: state, poller: holder))
                return PollOutcome(sourceID: source.id, kind: .notModified, status: state.lastStatus ?? "")
            }
            let feed = try FetchedFeedParser(fetched: fetched, maxBytes: fetcher.configuration.maxResponseBytes).parse()
            var update = SourcePollUpdate(sourceID: source.id, movedTo: fetched.movedTo, state: state, poller: holder)
            let changed: Int
            if source.isCommentFeed {
                update.comments = try await comments(from: feed, source: source, now: now)
                changed = 0
            } else {
                let columns = try await columns(from: feed, source: source)
                update.columns = columns.list
                changed = columns.changed
            }
            let added = update.comments.count + update.columns.count - changed
            update.state.etag = fetched.headers["etag"]
            update.state.lastModified = fetched.headers["last-modified"]
            update.state.lastStatus = "\(fetched.statusCode) OK: \(feed.entries.count) entries, \(added) new, \(changed) changed"
            update.state.lastError = nil
            update.state.failureCount = 0
            let interval = schedule.interval(sourceSeconds: source.intervalSeconds, feedExtensions: feed.extensions, headers: fetched.headers)
            update.state.nextPollAt = now.addingTimeInterval(TimeInterval(interval))
            try await store.applyPoll(update)
            return PollOutcome(sourceID: source.id, kind: .fetched, added: added, changed: changed, status: update.state.lastStatus ?? "")
        } catch {
            return await recordFailure(error, source: source, state: state, now: now)
        }
    }

    private func recordFailure(_ error: any Error, source: Source, state: SourceState, now: Date) async -> PollOutcome {
        var state = state
        let fetchError = error as? FetchError
        state.failureCount += 1
        state.lastStatus = fetchError.map { $0.statusCode.map { "HTTP \($0)" } ?? "failed" } ?? "failed"
        state.lastError = fetchError?.description ?? "storing failed: \(error)"
        let wait = schedule.backoff(failures: state.failureCount, retryAfter: fetchError?.retryAfter)
        state.nextPollAt = now.addingTimeInterval(wait)
        logger.warning(
            "polling a source failed",
            metadata: ["source": "\(source.id)", "url": "\(source.url)", "error": "\(state.lastError ?? "")", "retry_in_s": "\(Int(wait))"]
        )
        do {
            try await store.applyPoll(SourcePollUpdate(sourceID: source.id, state: state, disable: fetchError?.isGone == true, poller: holder))
        } catch {
            logger.error("recording a source's failure failed", metadata: ["source": "\(source.id)", "error": "\(error)"])
        }
        return PollOutcome(sourceID: source.id, kind: .failed, status: state.lastError ?? "")
    }

    /// On a 304 nothing says how often the feed changes: keep the spacing of the last poll.
    private func unchangedInterval(_ source: Source, headers: [String: String]) -> Int {
        if let next = source.state.nextPollAt, let last = source.state.lastFetchAt, source.state.failureCount == 0, next > last {
            return schedule.interval(sourceSeconds: source.intervalSeconds ?? Int(next.timeIntervalSince(last)), feedExtensions: [:], headers: [:])
        }
        return schedule.interval(sourceSeconds: source.intervalSeconds, feedExtensions: [:], headers: headers)
    }

    private func columns(from feed: ParsedFeed, source: Source) async throws -> (list: [IngestedColumn], changed: Int) {
        let known = try await store.entryFingerprints(sourceID: source.id)
        let fallbackAuthor = feed.authors.compactMap(\.name).first ?? feed.title ?? source.name
        var list: [IngestedColumn] = []
        var changed = 0
        var seen = Set<String>()
        for entry in feed.entries {
            let key = mapper.key(of: entry)
            // A feed that lists an entry twice must not make two columns.
            guard seen.insert(key).inserted, let mapped = mapper.column(from: entry, fallbackAuthor: fallbackAuthor) else { continue }
            if let fingerprint = known[key] {
                guard fingerprint != mapped.fingerprint else { continue }
                changed += 1
            }
            // A trusted source's columns, and known entries (which keep their status), are not judged.
            let verdict = source.trust == .trusted || known[key] != nil ? nil : await judge(columnSubmission(mapped.column))
            list.append(
                IngestedColumn(
                    entryKey: key, fingerprint: mapped.fingerprint, column: mapped.column, status: verdict?.status ?? .approved,
                    commentFeedURL: mapper.commentFeed(of: entry).flatMap { Self.followable($0, from: source) },
                    findings: verdict?.findings, totalScore: verdict?.totalScore)
            )
        }
        return (list, changed)
    }

    /// A comment feed is followed over http(s); a local file only from a local source, or any
    /// feed on the web could make the poller read this server's files.
    static func followable(_ url: String, from source: Source) -> String? {
        let scheme = URL(string: url)?.scheme?.lowercased()
        if scheme == "http" || scheme == "https" { return url }
        let sourceIsLocal = URL(string: source.url)?.scheme?.lowercased() == "file"
        return sourceIsLocal && scheme == "file" ? url : nil
    }

    /// A moderated source's column as the rules see it: its title and text, by its author.
    private func columnSubmission(_ column: StoredColumn) -> Submission {
        let text = HTMLSanitizer().plainText(column.contentHTML)
        return Submission(
            body: column.title + "\n\n" + text, author: .init(name: column.author, url: column.link), column: column.slug, source: .feed)
    }

    private func comments(from feed: ParsedFeed, source: Source, now: Date) async throws -> [IngestedComment] {
        guard let slug = source.columnSlug else { return [] }
        let known = try await store.commentKeys(sourceID: source.id)
        var comments: [IngestedComment] = []
        var seen = Set<String>()
        for item in feed.entries {
            let key = mapper.commentKey(of: item)
            guard !known.contains(key), seen.insert(key).inserted, let submission = mapper.submission(from: item, column: slug, now: now) else {
                continue
            }
            let verdict = await judge(submission)
            comments.append(IngestedComment(itemKey: key, comment: StoredComment(judged: submission, verdict: verdict)))
        }
        return comments
    }
}
