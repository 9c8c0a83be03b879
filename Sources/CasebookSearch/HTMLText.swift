/// Reading the text of rendered HTML fragments: tags dropped, the entities cmark writes decoded.
/// Inline tags vanish (so `安<strong>全</strong>` stays one run); any other tag ends a run, so the
/// text of two blocks or two table cells never runs together.
enum HTMLText {
    /// Tag names (up to eight ASCII letters) packed into integers, for a cheap lookup.
    private static let inlineTags: Set<UInt64> = Set(
        ["a", "abbr", "b", "code", "del", "em", "i", "img", "ins", "kbd", "mark", "s", "small", "span", "strong", "sub", "sup", "u"]
            .map { packed($0.utf8) })

    private static let namedEntities: [UInt64: UInt32] = [
        packed("amp".utf8): 0x26, packed("lt".utf8): 0x3C, packed("gt".utf8): 0x3E, packed("quot".utf8): 0x22,
        packed("apos".utf8): 0x27, packed("nbsp".utf8): 0x20,
    ]

    /// The plain text of `html`, blocks separated by line breaks.
    static func plain(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    var end = index + 1
                    while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                    if !isInlineTag(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])) { out.append(UInt8(ascii: "\n")) }
                    index = end + 1
                } else if byte == UInt8(ascii: "&") {
                    let (value, next) = entity(bytes, at: index)
                    out += Array(String(Unicode.Scalar(value).map(Character.init) ?? " ").utf8)
                    index = next
                } else {
                    out.append(byte)
                    index += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether the tag whose text (between `<` and `>`) is `tag` is an inline one.
    static func isInlineTag(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        if start < tag.count, tag[start] == UInt8(ascii: "/") { start += 1 }
        var end = start
        while end < tag.count, end - start <= 8, isLetter(tag[end]) { end += 1 }
        guard end > start, end - start <= 8 else { return false }
        return inlineTags.contains(packed(UnsafeBufferPointer(rebasing: tag[start..<end])))
    }

    /// The scalar of the entity at `start` (`&amp;`, `&#12290;`, `&#x3002;`) and the index after it;
    /// a lone `&` is itself.
    static func entity(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt32, Int) {
        let limit = min(bytes.count, start + 12)
        var semicolon = start + 1
        while semicolon < limit, bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < limit else { return (0x26, start + 1) }
        let name = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<semicolon])
        if let known = namedEntities[packed(name)] { return (known, semicolon + 1) }
        guard name.first == UInt8(ascii: "#") else { return (0x26, start + 1) }
        let hex = name.count > 1 && (name[1] | 0x20) == UInt8(ascii: "x")
        let digits = String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self)
        guard let value = UInt32(digits, radix: hex ? 16 : 10), Unicode.Scalar(value) != nil else { return (0x26, start + 1) }
        return (value, semicolon + 1)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    /// Up to eight lower-cased ASCII bytes in one integer.
    private static func packed(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for (index, byte) in bytes.enumerated() where index < 8 { value |= UInt64(byte | 0x20) << (8 * index) }
        return value
    }
}
