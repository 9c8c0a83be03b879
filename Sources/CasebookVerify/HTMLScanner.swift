import Foundation

/// Finds URLs and ids in generated HTML and CSS. Generated output is regular enough for a
/// scanner; this is not a general HTML parser.
enum HTMLScanner {
    /// One URL found in a file.
    struct Reference: Sendable, Hashable {
        let value: String
        let line: Int
        let column: Int
        /// True when a browser fetches it on its own (`src`, stylesheets, icons, CSS `url()`),
        /// false for a link the reader may follow.
        let loads: Bool
    }

    private static let attribute = try! NSRegularExpression(pattern: #"<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?\s(href|src|srcset|poster|data)\s*=\s*"([^"]*)""#)
    private static let idAttribute = try! NSRegularExpression(pattern: #"\sid\s*=\s*"([^"]*)""#)
    private static let cssURL = try! NSRegularExpression(pattern: #"url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]"#)

    static func references(in html: String) -> [Reference] {
        let lines = LineIndex(html)
        let range = NSRange(html.startIndex..., in: html)
        return attribute.matches(in: html, range: range).compactMap { match in
            guard let tag = Range(match.range(at: 1), in: html), let name = Range(match.range(at: 2), in: html),
                let value = Range(match.range(at: 3), in: html)
            else { return nil }
            let element = html[tag].lowercased(), attributeName = html[name].lowercased()
            let whole = html[Range(match.range, in: html)!]
            let loads = attributeName != "href" || (element == "link" && !whole.contains("rel=\"canonical\"") && !whole.contains("rel=\"alternate\""))
            if element == "link" && whole.contains("rel=\"canonical\"") { return nil }
            let (line, column) = lines.position(of: value.lowerBound)
            return Reference(value: decode(String(html[value])), line: line, column: column, loads: loads)
        }
    }

    static func cssReferences(in css: String) -> [Reference] {
        let lines = LineIndex(css)
        return cssURL.matches(in: css, range: NSRange(css.startIndex..., in: css)).compactMap { match in
            let group = match.range(at: 1).location != NSNotFound ? 1 : 2
            guard let value = Range(match.range(at: group), in: css) else { return nil }
            let text = String(css[value]).trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("data:") || text.hasPrefix("#") { return nil }
            let (line, column) = lines.position(of: value.lowerBound)
            return Reference(value: text, line: line, column: column, loads: true)
        }
    }

    static func ids(in html: String) -> Set<String> {
        Set(
            idAttribute.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
                Range(match.range(at: 1), in: html).map { decode(String(html[$0])) }
            })
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
    }
}

/// Line and column of a position in a text.
struct LineIndex {
    private let text: String
    private let starts: [String.Index]

    init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        var index = text.startIndex
        while let newline = text[index...].firstIndex(of: "\n") {
            index = text.index(after: newline)
            starts.append(index)
        }
        self.starts = starts
    }

    func position(of index: String.Index) -> (line: Int, column: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return (low + 1, text.distance(from: starts[low], to: index) + 1)
    }
}
