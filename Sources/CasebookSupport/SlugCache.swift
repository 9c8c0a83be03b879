import Foundation

/// Remembers slugs across documents and pages: `Slug.make` transliterates through ICU, which costs far
/// more than rendering a heading, and the same headings (案例背景, 主要做法 …), industries and tags recur
/// in every case.
package final class SlugCache: @unchecked Sendable {
    /// The process-wide cache.
    package static let shared = SlugCache()

    /// Entries kept before the cache starts over, bounding memory in a long `casebook serve`.
    private static let capacity = 100_000

    private let lock = NSLock()
    /// Keyed by UTF-8 bytes: hashing a `String` normalises it first, which costs more than the rest.
    private var slugs: [[UInt8]: String] = [:]

    /// `Slug.make` of the UTF-8 `text`, computed at most once per distinct text (ASCII skips transliteration).
    package func slug(for text: ArraySlice<UInt8>) -> String {
        if let ascii = Self.asciiSlug(text) { return ascii }
        let key = Array(text)
        if let cached = lock.withLock({ slugs[key] }) { return cached }
        let slug = Slug.make(String(decoding: text, as: UTF8.self))
        lock.withLock {
            if slugs.count >= Self.capacity { slugs.removeAll(keepingCapacity: true) }
            slugs[key] = slug
        }
        return slug
    }

    /// The same result as `Slug.make` for pure ASCII text (on which its Unicode transforms are the identity),
    /// or nil when `text` holds any non-ASCII scalar.
    static func asciiSlug(_ text: ArraySlice<UInt8>) -> String? {
        var slug: [UInt8] = []
        var pendingHyphen = false
        for byte in text {
            guard byte < 0x80 else { return nil }
            let lower = (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) ? byte | 0x20 : byte
            let isLetter = lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
            let isDigit = lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")
            if isLetter || isDigit {
                if pendingHyphen, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(lower)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }
}
