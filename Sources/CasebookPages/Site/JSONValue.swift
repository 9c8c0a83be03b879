/// A JSON value written by hand with sorted keys and a fixed layout, so the same data always gives
/// the same bytes (Foundation's encoder escapes `/` and formats numbers differently across platforms).
package indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// A string, or `null` when absent.
    package static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// An int, or `null` when absent.
    package static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }

    /// The JSON text: two-space indentation when `pretty`, else one line. A value nested
    /// `lineDepth` levels deep is written on one line (`lineDepth: 2` gives a document with one
    /// record a line). With `htmlSafe`, `<`, `>` and `&` are written as `\u003c`, `\u003e` and
    /// `\u0026`, so the text can sit inside a `<script>` element without ever closing it.
    package func serialized(pretty: Bool = true, lineDepth: Int = .max, htmlSafe: Bool = false) -> String {
        var out: [UInt8] = []
        write(into: &out, depth: pretty ? 0 : nil, lineDepth: lineDepth, htmlSafe: htmlSafe)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes UTF-8 bytes; `depth` is the indentation level, nil for one line, which it becomes at
    /// `lineDepth`.
    private func write(into out: inout [UInt8], depth: Int?, lineDepth: Int, htmlSafe: Bool) {
        let depth = depth.flatMap { $0 < lineDepth ? $0 : nil }
        switch self {
        case .string(let text): Self.quote(text, into: &out, htmlSafe: htmlSafe)
        case .int(let number): out += String(number).utf8
        case .bool(let flag): out += (flag ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]".utf8
                return
            }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, depth.map { $0 + 1 })
                item.write(into: &out, depth: depth.map { $0 + 1 }, lineDepth: lineDepth, htmlSafe: htmlSafe)
            }
            Self.newline(&out, depth)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}".utf8
                return
            }
            out.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, depth.map { $0 + 1 })
                Self.quote(key, into: &out, htmlSafe: htmlSafe)
                out += (depth == nil ? ":" : ": ").utf8
                members[key]!.write(into: &out, depth: depth.map { $0 + 1 }, lineDepth: lineDepth, htmlSafe: htmlSafe)
            }
            Self.newline(&out, depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], _ depth: Int?) {
        guard let depth else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// The string in quotes, escaped byte by byte: every byte of a multi-byte UTF-8 sequence is
    /// ≥ 0x80, so only ASCII bytes and the three bytes of U+2028 and U+2029 need a look.
    private static func quote(_ text: String, into out: inout [UInt8], htmlSafe: Bool) {
        out.append(UInt8(ascii: "\""))
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case UInt8(ascii: "\n"): out += #"\n"#.utf8
            case UInt8(ascii: "\r"): out += #"\r"#.utf8
            case UInt8(ascii: "\t"): out += #"\t"#.utf8
            case UInt8(ascii: "<") where htmlSafe: out += #"\u003c"#.utf8
            case UInt8(ascii: ">") where htmlSafe: out += #"\u003e"#.utf8
            case UInt8(ascii: "&") where htmlSafe: out += #"\u0026"#.utf8
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                out += (bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                index += 2
            case ..<0x20:
                let hex = String(byte, radix: 16)
                out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default:
                out.append(byte)
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
    }
}
