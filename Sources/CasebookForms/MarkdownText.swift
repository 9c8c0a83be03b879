import Foundation

/// Writing form text as Markdown that says only what the form said: punctuation Markdown would read
/// as markup is escaped, and emphasis keeps its spaces outside the markers.
enum MarkdownText {
    /// `text` with every character Markdown could take for markup escaped.
    static func escaped(_ text: String, inTable: Bool = false) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#~&".contains(character) || (inTable && character == "|") { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A paragraph's start that would begin a list, a quote or a heading (`1. `, `- `, `+ `, `= `) escaped.
    static func guardedStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < line.count {
            let next = line[line.index(line.startIndex, offsetBy: digits.count)]
            if next == "." || next == ")" { return digits + "\\" + line.dropFirst(digits.count) }
        }
        return line
    }

    /// A run of text with its emphasis; spaces at its ends stay outside the markers so they still close.
    static func emphasised(_ text: String, bold: Bool, italic: Bool, inTable: Bool) -> String {
        let marker = (bold ? "**" : "") + (italic ? "*" : "")
        let core = text.trimmingCharacters(in: .whitespaces)
        guard !marker.isEmpty, !core.isEmpty else { return escaped(text, inTable: inTable) }
        let leading = text.prefix { $0 == " " }, trailing = String(text.reversed().prefix { $0 == " " })
        return leading + marker + escaped(core, inTable: inTable) + String(marker.reversed()) + trailing
    }
}
