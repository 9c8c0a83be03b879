/// A request's path made safe to look up: percent-decoded segments with nothing that could
/// climb out of the site. Anything doubtful is refused rather than repaired, since browsers
/// never send it: `.` and `..` segments (also as `%2e%2e`), encoded slashes and backslashes
/// (`%2f`, `%5c`), raw backslashes, NUL and other control characters, empty segments (`//`),
/// malformed percent escapes and invalid UTF-8.
struct RequestPath: Sendable, Equatable {
    /// Decoded folder and file names, without empty ones.
    let segments: [String]
    /// Whether the path ends with `/` (asks for a folder's index.html).
    let isFolder: Bool

    /// Segments that are already decoded and checked.
    init(segments: [String], isFolder: Bool) {
        self.segments = segments
        self.isFolder = isFolder
    }

    /// The path of a request target (no query), or nil when it must be refused with 400.
    init?(_ raw: String) {
        guard raw.hasPrefix("/") else { return nil }
        var parts = raw.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst()
        isFolder = parts.last?.isEmpty ?? true
        if isFolder, !parts.isEmpty { parts = parts.dropLast() }
        var decoded: [String] = []
        for part in parts {
            guard let segment = Self.decode(Array(part)) else { return nil }
            decoded.append(segment)
        }
        segments = decoded
    }

    /// The relative path these segments name, with `index.html` for a folder.
    var filePath: String {
        let joined = segments.joined(separator: "/")
        guard isFolder else { return joined }
        return joined.isEmpty ? "index.html" : joined + "/index.html"
    }

    /// One decoded segment, or nil when it is empty, a dot segment, or holds a byte that
    /// could change its meaning on a file system.
    private static func decode(_ bytes: [UInt8]) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) else { return nil }
                byte = high << 4 | low
                index += 3
            } else {
                index += 1
            }
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") { return nil }
            out.append(byte)
        }
        guard !out.isEmpty, out != [0x2E], out != [0x2E, 0x2E] else { return nil }
        let text = String(decoding: out, as: UTF8.self)
        // Decoding replaces invalid UTF-8 with U+FFFD, which changes the bytes: refuse those.
        return text.utf8.elementsEqual(out) ? text : nil
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
