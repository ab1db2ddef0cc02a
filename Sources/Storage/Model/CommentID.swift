import Foundation

/// New comment ids: version 7 UUIDs (RFC 9562), whose first 48 bits are the creation time in
/// milliseconds and whose other 74 bits (besides version and variant) are random.
///
/// Why time-ordered: ids are the key of the comments table and of every table that refers to a
/// comment. A random (version 4) id puts each new comment on a random page of each such index,
/// and every commit then writes those pages to the WAL and later into the database file; ids
/// that grow with time land on the same few pages. The creation time an id reveals is already
/// public with the comment; 74 random bits still make ids impossible to guess.
public enum CommentID {
    /// A new id for a comment created at `date`, lowercase, in the usual 8-4-4-4-12 form.
    public static func make(at date: Date = Date()) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(at: date, using: &generator)
    }

    static func make(at date: Date, using generator: inout some RandomNumberGenerator) -> String {
        let milliseconds = UInt64(max(0, (date.timeIntervalSince1970 * 1000).rounded(.down)))
        let random = (generator.next() as UInt64, generator.next() as UInt64)
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
        for index in 6..<16 { bytes[index] = UInt8(truncatingIfNeeded: (index < 8 ? random.0 : random.1) >> (8 * (index % 8))) }
        bytes[6] = 0x70 | (bytes[6] & 0x0F)  // version 7
        bytes[8] = 0x80 | (bytes[8] & 0x3F)  // variant 10
        let uuid = UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
                bytes[12], bytes[13], bytes[14], bytes[15]
            ))
        return uuid.uuidString.lowercased()
    }
}
