import Foundation
import Syndication

/// libFuzzer entry: any bytes as a feed. The parser must return a feed or throw its error, never
/// crash, hang or touch memory it does not own (AddressSanitizer). What it parses is sanitized
/// too, as the poller does before storing anything.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedParser(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    if let feed = try? FeedParser().parse(data) {
        _ = feed.sanitized()
    }
    return 0
}
