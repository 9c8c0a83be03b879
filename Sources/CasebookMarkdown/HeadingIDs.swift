import CasebookSupport
import Foundation

/// Hands out the `id` of each heading of one document: `Slug.make` of its text, `section` when that is empty,
/// `-2`, `-3` … for repeats, and never an id in cmark-gfm's footnote namespace (`fn-…`, `fnref-…`).
package struct HeadingIDs {
    private var used: Set<String> = []

    /// The next id for a heading with plain text `text` (UTF-8); deterministic and unique within the document.
    mutating func next(for text: ArraySlice<UInt8>) -> String {
        var base = SlugCache.shared.slug(for: text)
        if base.isEmpty {
            base = "section"
        } else if Self.isFootnoteID(base) {
            base = "section-" + base
        }
        var candidate = base
        var suffix = 1
        while !used.insert(candidate).inserted {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        return candidate
    }

    private static func isFootnoteID(_ slug: String) -> Bool {
        slug == "fn" || slug == "fnref" || slug.hasPrefix("fn-") || slug.hasPrefix("fnref-")
    }
}
