/// Casebook's own Mustache engine: templates compile once into trees of `Node`s, which
/// `Mustache.Renderer` renders into one byte buffer. Only `Templates` uses it.
package enum Mustache {
    /// One piece of a compiled template.
    indirect enum Node: Sendable {
        /// Literal UTF-8 bytes, at most one line: the renderer indents partials line by line.
        case text([UInt8])
        /// `{{name}}` (HTML-escaped), `{{{name}}}` or `{{& name}}` (not escaped).
        case variable(Name, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
        case section(Name, [Node], inverted: Bool)
        /// `{{>name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides (`overrides` is nil for
        /// a plain partial). `indentation` is the whitespace before a standalone tag.
        case partial(String, indentation: [UInt8], overrides: [String: [Node]]?)
        /// `{{$name}}default{{/name}}`: an override from an enclosing `{{<…}}` tag, or the default.
        case block(String, defaultNodes: [Node], indentation: [UInt8])
    }

    /// A tag's name split at its dots. `anchored` names start with a dot and look only in the
    /// innermost context; `.` alone has no parts and stands for that context itself.
    struct Name: Sendable, Equatable {
        let parts: [String]
        let anchored: Bool

        init(_ text: String) {
            parts = text.split(separator: ".").map(String.init)
            anchored = text.hasPrefix(".")
        }
    }
}
