/// The rule modules a Stempel build knows, by identifier.
///
/// Built explicitly in `main` (from `RuleCatalog`) and passed down; there is no global registry.
public struct RuleRegistry: Sendable {
    /// The factories in registration order.
    public let factories: [RuleFactory]

    /// Creates a registry; a later factory with the same identifier replaces an earlier one.
    public init(_ factories: [RuleFactory]) {
        var seen: [String: Int] = [:]
        var ordered: [RuleFactory] = []
        for factory in factories {
            if let index = seen[factory.identifier] {
                ordered[index] = factory
            } else {
                seen[factory.identifier] = ordered.count
                ordered.append(factory)
            }
        }
        self.factories = ordered
    }

    /// The factory for an identifier.
    public subscript(identifier: String) -> RuleFactory? {
        factories.first { $0.identifier == identifier }
    }

    /// The identifiers, in registration order.
    public var identifiers: [String] { factories.map(\.identifier) }
}
