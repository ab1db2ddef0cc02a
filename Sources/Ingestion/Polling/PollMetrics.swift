import Metrics

/// What polling did, per source, for `/metrics`:
///
/// - `stempel_poll_results_total{source, result}`: polls by result (`fetched`, `notModified`, `failed`),
/// - `stempel_poll_entries_total{source, change}`: entries that became new items (`added`) or updated
///   one (`changed`).
///
/// `source` is the source's id (as `stempel source list` and `/api/v1/sources` show it), not its URL:
/// ids are few and stable, URLs may carry tokens.
struct PollMetrics: Sendable {
    let factory: any MetricsFactory

    func record(_ outcome: PollOutcome) {
        let source = String(outcome.sourceID)
        Counter(label: "stempel_poll_results_total", dimensions: [("source", source), ("result", outcome.kind.rawValue)], factory: factory)
            .increment()
        for (change, count) in [("added", outcome.added), ("changed", outcome.changed)] where count > 0 {
            Counter(label: "stempel_poll_entries_total", dimensions: [("source", source), ("change", change)], factory: factory)
                .increment(by: count)
        }
    }
}
