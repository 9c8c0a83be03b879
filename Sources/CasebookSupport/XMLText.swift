/// Escaping for text written into XML and HTML: SVG charts, Atom, sitemaps, SpreadsheetML, WordprocessingML.
public enum XMLText {
    /// `text` safe inside an element or a double- or single-quoted attribute. Characters that XML 1.0
    /// forbids (control characters other than tab, line feed and carriage return) are dropped.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
