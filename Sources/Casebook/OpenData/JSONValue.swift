/// A JSON value written by hand with sorted keys and a fixed layout, so the same data always gives
/// the same bytes (Foundation's encoder escapes `/` and formats numbers differently across platforms).
indirect enum JSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// A string, or `null` when absent.
    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// An int, or `null` when absent.
    static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }

    /// The JSON text: two-space indentation when `pretty`, else one line. With `htmlSafe`, `<`, `>`
    /// and `&` are written as `\u003c`, `\u003e` and `\u0026`, so the text can sit inside a
    /// `<script>` element without ever closing it.
    func serialized(pretty: Bool = true, htmlSafe: Bool = false) -> String {
        var out = ""
        write(into: &out, indent: pretty ? "" : nil, htmlSafe: htmlSafe)
        return out
    }

    private func write(into out: inout String, indent: String?, htmlSafe: Bool) {
        switch self {
        case .string(let text): Self.quote(text, into: &out, htmlSafe: htmlSafe)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                Self.newline(&out, indent.map { $0 + "  " })
                item.write(into: &out, indent: indent.map { $0 + "  " }, htmlSafe: htmlSafe)
            }
            Self.newline(&out, indent)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                Self.newline(&out, indent.map { $0 + "  " })
                Self.quote(key, into: &out, htmlSafe: htmlSafe)
                out += indent == nil ? ":" : ": "
                members[key]!.write(into: &out, indent: indent.map { $0 + "  " }, htmlSafe: htmlSafe)
            }
            Self.newline(&out, indent)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ indent: String?) {
        if let indent { out += "\n" + indent }
    }

    private static func quote(_ text: String, into out: inout String, htmlSafe: Bool) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where htmlSafe: out += "\\u003c"
            case ">" where htmlSafe: out += "\\u003e"
            case "&" where htmlSafe: out += "\\u0026"
            case "\u{2028}", "\u{2029}": out += scalar == "\u{2028}" ? "\\u2028" : "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
