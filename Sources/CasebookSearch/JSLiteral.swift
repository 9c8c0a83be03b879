/// Deterministic JavaScript literals for the index files.
enum JSLiteral {
    /// A double-quoted string literal; escapes quotes, backslashes, control characters and the two
    /// JavaScript line separators.
    static func string(_ text: String) -> String {
        if !needsEscaping(text) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\u{2028}", "\u{2029}": out += "\\u\(String(scalar.value, radix: 16))"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether `text` holds a quote, a backslash, a control character or U+2028/U+2029 (E2 80 A8/A9).
    private static func needsEscaping(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if previous == (0xE2, 0x80), byte == 0xA8 || byte == 0xA9 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// An array of string literals.
    static func strings(_ texts: [String]) -> String { "[" + texts.map(string).joined(separator: ",") + "]" }
}
