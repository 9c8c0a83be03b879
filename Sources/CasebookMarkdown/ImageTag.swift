import CasebookSupport

/// The `<img>` tag of a body image on a site page: cmark's own attributes, then the image's size
/// (so the page keeps its room while it loads), `loading="lazy"` (body images sit below the first
/// screen, under the entry's title and facts) and `decoding="async"`.
enum ImageTag {
    /// The tag for an image at `url` with its alt text and title, and its size when known.
    static func html(url: String, alt: String, title: String, size: ImageHeader?) -> String {
        var bytes: [UInt8] = Array("<img src=\"".utf8)
        bytes += escapedHref(url)
        bytes += Array("\" alt=\"".utf8)
        HTMLEscape.append(alt, to: &bytes)
        bytes += Array("\"".utf8)
        if !title.isEmpty {
            bytes += Array(" title=\"".utf8)
            HTMLEscape.append(title, to: &bytes)
            bytes += Array("\"".utf8)
        }
        if let size { bytes += Array(" width=\"\(size.width)\" height=\"\(size.height)\"".utf8) }
        bytes += Array(" loading=\"lazy\" decoding=\"async\" />".utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `url` escaped as cmark escapes a destination: bytes outside its safe set percent-encoded, `&` and `'` as entities.
    private static func escapedHref(_ url: String) -> [UInt8] {
        let safe = Set("-_.+!*(),%#@?=;:/$~[]".utf8)
        var out: [UInt8] = []
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "'"): out += Array("&#x27;".utf8)
            case _ where (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || safe.contains(byte): out.append(byte)
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return out
    }
}
