import Foundation
import Syndication

/// libFuzzer entry: any bytes, read as UTF-8 with repairs, as an HTML fragment. Sanitizing must
/// never crash, and sanitizing its own output must change nothing more (a fixed point), or a
/// second pass could see markup the first one let through.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLSanitizer(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = start.map { UnsafeRawBufferPointer(start: $0, count: count) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
    let html = String(decoding: bytes, as: UTF8.self)
    let sanitizer = HTMLSanitizer()
    let once = sanitizer.sanitize(html, baseURL: URL(string: "https://columns.example.nl/a/"))
    _ = sanitizer.plainText(html)
    _ = sanitizer.html(fromPlainText: html)
    let twice = sanitizer.sanitize(once, baseURL: URL(string: "https://columns.example.nl/a/"))
    if sanitizer.sanitize(twice) != twice {
        fatalError("sanitizing is not idempotent for \(html.debugDescription)")
    }
    return 0
}
