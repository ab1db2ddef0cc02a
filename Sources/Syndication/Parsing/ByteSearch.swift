extension StringProtocol {
    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8.
    ///
    /// With Foundation imported, `text.contains("html")` resolves to Foundation's `range(of:)`,
    /// which bridges through `NSString`: thousands of instructions per call, once per element and
    /// per text construct, about 5 % of a feed's parse. Feeds only ever look for ASCII here.
    func containsBytes(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.contains(pattern, in: $0) }) {
                return found
            }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.contains(pattern, in: $0) }
        }
    }
}

/// A naive substring search over bytes; the needles are a few bytes long.
enum ByteSearch {
    static func contains(_ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard haystack.count >= pattern.count else { return false }
        var index = 0
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < pattern.count, haystack[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            index += 1
        }
        return false
    }
}
