import Foundation
import PostgresNIO

/// A `Date` bound as a `timestamptz` rounded to the nearest microsecond.
///
/// PostgresNIO truncates a `Date` to microseconds. A time read back from a `timestamptz`
/// column is a `Double` that can fall a hair below its microsecond, so binding it again gave
/// the microsecond before: a keyset cursor built from the last row of a page then matched that
/// row again (`created_at > cursor`), and the next page repeated it. Rounding gives the stored
/// value back exactly.
struct ExactTimestamp: PostgresNonThrowingEncodable {
    let date: Date

    init(_ date: Date) { self.date = date }

    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        let microseconds = (date.timeIntervalSince(Self.postgresEpoch) * 1_000_000).rounded()
        byteBuffer.writeInteger(Int64(microseconds))
    }

    /// 2000-01-01 00:00:00 UTC, where PostgreSQL counts its timestamps from.
    private static let postgresEpoch = Date(timeIntervalSince1970: 946_684_800)
}
