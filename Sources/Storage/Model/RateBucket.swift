/// The token-bucket arithmetic both stores share: a bucket is kept as the time it is full again.
///
/// Each request moves that time one interval (`seconds / requests`) later, from now at the
/// earliest; a request that would move it more than `seconds` past now finds the bucket empty.
/// This is the same as counting tokens that refill evenly (a full bucket allows `requests` at once).
package enum RateBucket {
    /// Rounding of the summed intervals must not refuse the last request of a full bucket.
    package static let tolerance = 1e-6

    /// Nil when a request at `now` is allowed, else the seconds until one is.
    package static func wait(fullAt: Double, requests: Int, seconds: Double, now: Double) -> Double? {
        let next = max(fullAt, now) + seconds / Double(requests)
        let over = next - now - seconds
        return over <= tolerance ? nil : over
    }
}
