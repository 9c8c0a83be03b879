import CasebookSupport
import CasebookTheme
import Foundation

/// Partials (`{{>case-card}}`) and parents (`{{<layout}}`) must name templates the theme has;
/// the Mustache library would silently render nothing in their place.
package enum TemplateRules {
    package static func check(_ theme: Theme) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let names = theme.templates.keys.sorted()
        for (_, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            guard let text = String(validating: file.bytes, as: UTF8.self) else { continue }
            for reference in references(in: text) where theme.templates[reference.name] == nil {
                let nearest = EditDistance.suggestion(for: reference.name, among: names)
                found.append(
                    Diagnostic(
                        .error, "CB0304", Message("template.includeMissing", ["name": "\(reference.name)"]), file: file.origin,
                        at: SourceLocation(line: reference.line, column: reference.column),
                        hint: Message(
                            "template.includeMissing.hint",
                            ["didYouMean": nearest.map { .message(Message("template.didYouMean", ["name": "\($0)"])) } ?? ""])))
            }
        }
        return found
    }

    /// Every `{{>name}}` and `{{<name}}` tag with its 1-based position; scanning stops at a
    /// set-delimiter tag, after which tags look different.
    static func references(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        var line = 1, column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let start = (line, column)
                let inner = text[text.index(index, offsetBy: 2)...]
                if inner.hasPrefix("=") { break }
                if let first = inner.first, first == ">" || first == "<", let end = inner.range(of: "}}") {
                    let name = inner[inner.index(after: inner.startIndex)..<end.lowerBound].trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty { found.append((name, start.0, start.1)) }
                }
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return found
    }
}
