/// Recognises link and image destinations whose scheme runs code or smuggles content (`javascript:`, `data:` …).
package enum URLSafety {
    /// Schemes refused everywhere. `file:` joins the list so that both `markdown.unsafe` settings agree
    /// (cmark-gfm's own safe mode blanks it).
    private static let refusedSchemes: [[UInt8]] = ["javascript", "vbscript", "data", "file"].map { Array($0.utf8) }

    /// Whether `destination` must not be emitted. cmark has already decoded entities (`&#x09;`, `&colon;`);
    /// this reads the scheme case-insensitively, percent-decoded, and keeping only its ASCII letters, so
    /// that whitespace, control characters or any other filler hidden in it (`jav\tascript:`, `jav%61script:`,
    /// ` x-javascript:`) still reveal the scheme. It errs on the side of refusing.
    package static func isUnsafe(_ destination: String) -> Bool {
        var destination = destination
        return destination.withUTF8(isUnsafe)
    }

    private static func isUnsafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters: [UInt8] = []
        letters.reserveCapacity(16)
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "%"), index + 1 < bytes.count,
                let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1])
            {
                byte = high << 4 | low
                index += 2
            }
            switch byte {
            case UInt8(ascii: ":"):
                return refusedSchemes.contains { letters.ends(with: $0) }
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                return false // a path, query or fragment starts before any scheme ends
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letters.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                letters.append(byte)
            default:
                continue
            }
        }
        return false
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
