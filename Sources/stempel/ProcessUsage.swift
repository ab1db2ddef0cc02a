#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// This process's CPU time and peak memory so far (`getrusage`), for the commands that report
/// what a piece of work cost.
struct ProcessUsage {
    /// User plus system CPU time, in seconds.
    var cpuSeconds: Double
    /// The peak resident set size, in MiB.
    var peakMebibytes: Double

    static func now() -> ProcessUsage {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        #if canImport(Darwin)
            let peak = Double(usage.ru_maxrss) / 1_048_576
        #else
            let peak = Double(usage.ru_maxrss) / 1_024
        #endif
        return ProcessUsage(cpuSeconds: cpu, peakMebibytes: peak)
    }
}
