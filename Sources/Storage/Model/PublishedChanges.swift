import Synchronization

/// A counter that goes up whenever something the published feeds show may have changed: a column
/// saved, an approved comment stored, a decision made.
///
/// Feed caches compare it with the value they rendered at, which costs one atomic load per
/// request instead of a database read. It counts changes made through this process's store; a
/// store shared between processes must bump it for the others' changes too.
public final class PublishedChanges: Sendable {
    private let counter = Atomic<UInt64>(0)

    /// Creates a counter at zero.
    public init() {}

    /// The current value; any two reads that differ saw a change in between.
    public var version: UInt64 {
        counter.load(ordering: .acquiring)
    }

    /// Records a change, after it committed.
    public func bump() {
        counter.add(1, ordering: .releasing)
    }
}
