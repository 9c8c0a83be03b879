import Foundation

/// Turns any term into an ASCII path segment: Chinese through pinyin, everything else folded to
/// lower-case letters, digits and single hyphens (`资产测绘` → `zi-chan-ce-hui`, `OPC UA` → `opc-ua`).
public enum Slug {
    /// The slug for `text`; empty when the text holds nothing that can be spelt in ASCII.
    public static func make(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping
        let latin = folded.applyingTransform(.toLatin, reverse: false) ?? folded
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        var slug = ""
        var pendingHyphen = false
        for scalar in plain.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// `make(text)`, remembered for the life of the process (terms and headings repeat across pages).
    public static func cached(_ text: String) -> String {
        SlugCache.shared.slug(for: Array(text.utf8)[...])
    }

    /// Whether `text` is already a valid slug: ASCII `[a-z0-9-]`, not empty, no leading or trailing hyphen.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else {
            return false
        }
        return text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        }
    }
}
