/// Writing values into scaffolded YAML front matter.
public enum YAMLText {
    /// `text` as a double-quoted YAML scalar, safe whatever it holds (colons, `#`, quotes, leading `[`).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A `key: value` line with its comment, the comments lined up for reading.
    public static func line(_ key: String, _ value: String, _ comment: String, commented: Bool = false) -> String {
        let field = (commented ? "# " : "") + key + ": " + value
        let width = field.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
        return field + String(repeating: " ", count: max(2, 34 - width)) + "# " + comment + "\n"
    }
}
