#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The CPU time the calling thread has used so far.
///
/// The hostile-input tests hold the parser to "within a second" in this time rather than by the
/// wall clock: hundreds of tests running beside each other stretch wall time, not the work a
/// synchronous parse does on its own thread.
func threadCPUTime() -> Duration {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return .seconds(Int64(spec.tv_sec)) + .nanoseconds(Int64(spec.tv_nsec))
}
