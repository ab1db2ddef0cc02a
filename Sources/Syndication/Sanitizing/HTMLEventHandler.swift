/// Receives an HTML fragment from ``HTMLFragmentParser`` as a stream of events.
///
/// Start and end events are balanced: libxml2 reports implied and auto-closed elements too, and
/// void elements such as `br` get an end event. Pointers are only valid during the call.
protocol HTMLEventHandler {
    /// An element starts. `name` is lowercase; `attributes` is libxml2's NULL-terminated list of
    /// name/value pairs (values entity-decoded, a value may be NULL), or nil.
    mutating func start(_ name: UnsafePointer<UInt8>, attributes: UnsafePointer<UnsafePointer<UInt8>?>?)
    /// The innermost open element ends.
    mutating func end()
    /// Character data, entity-decoded UTF-8 (`count` bytes, not NUL-terminated).
    mutating func text(_ bytes: UnsafePointer<UInt8>, count: Int)
    /// The fragment is over: close whatever is still open.
    mutating func finish()
}
