import Foundation

/// Whether one text occurs in another, compared byte for byte in UTF-8. With Foundation imported,
/// `String.contains(_:)` on Linux goes through NSString's Unicode-aware search, which was a third of
/// a 10,000-case build's CPU when every field was checked for placeholders; a byte search is exact
/// for the fixed markers it is used for and costs next to nothing.
package enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    package static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        let last = haystack.count - needle.count
        return needle.withUnsafeBytes { bytes in
            guard let wanted = bytes.baseAddress else { return false }
            var from = 0
            // memchr finds each candidate first byte; memcmp checks the rest there.
            while from <= last, let hit = memchr(base + from, Int32(first), last - from + 1) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, wanted, needle.count) == 0 { return true }
                from = at + 1
            }
            return false
        }
    }

    /// Whether `needle` occurs in `text`.
    package static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
        var text = String(text)
        return text.withUTF8 { contains($0, Array(needle.utf8)) }
    }
}
