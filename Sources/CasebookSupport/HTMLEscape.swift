/// HTML escaping over UTF-8 bytes: `& < > " '` become `&amp; &lt; &gt; &quot; &#39;` (the
/// entities swift-mustache wrote); runs of other bytes are copied whole.
package enum HTMLEscape {
    /// Bit `b` is set for each byte `b` below 64 that must be escaped.
    private static let specials: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// Appends `text`, escaped, to `output`.
    package static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 64, specials & (1 << UInt64(byte)) != 0 else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case UInt8(ascii: "&"): appendEntity("&amp;", to: &output)
                case UInt8(ascii: "<"): appendEntity("&lt;", to: &output)
                case UInt8(ascii: ">"): appendEntity("&gt;", to: &output)
                case UInt8(ascii: "\""): appendEntity("&quot;", to: &output)
                default: appendEntity("&#39;", to: &output)
                }
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    private static func appendEntity(_ entity: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
    }

    /// Appends `text` as it is.
    package static func appendRaw(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }
}
