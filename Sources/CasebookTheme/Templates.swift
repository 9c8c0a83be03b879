import CasebookSupport

/// A theme's Mustache templates, compiled once per build and shared by all renders.
/// The only file that uses the Mustache engine in `Theme/Mustache/`.
public struct Templates: Sendable {
    private let compiled: [String: [Mustache.Node]]

    /// Compiles the theme's templates; syntax errors and missing templates become diagnostics
    /// located in the template file. The templates' indentation and blank lines are left out of
    /// the pages (see `Mustache.Indentation`) unless `keepIndentation`.
    public init(theme: Theme, keepIndentation: Bool = false, diagnostics: inout [Diagnostic]) {
        var compiled: [String: [Mustache.Node]] = [:]
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            guard String(validating: file.bytes, as: UTF8.self) != nil else {
                diagnostics.append(Diagnostic(.error, "CB0003", Message("template.notUTF8"), file: file.origin))
                continue
            }
            do {
                let nodes = try Mustache.Parser.parse(file.bytes)
                // Errors are located in the file as written; the compact text compiles alike.
                compiled[name] = keepIndentation ? nodes : try Mustache.Parser.parse(Mustache.Indentation.drop(file.bytes))
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, "CB0302", Message("template.syntax", ["error": .message(error.message)]), file: file.origin,
                        at: Self.location(of: error.offset, in: file.bytes), hint: error.hint))
            }
        }
        for name in Template.required.map(\.rawValue) where theme.templates[name] == nil {
            diagnostics.append(
                Diagnostic(
                    .error, "CB0304", Message("template.missing", ["name": "\(name)"]), file: "themes/",
                    hint: Message("template.missing.hint", ["name": "\(name)"])))
        }
        self.compiled = compiled
    }

    /// Renders the template `name` with `context`, inside `globals` (names every page may use,
    /// such as the strings `t`); empty when the template is missing.
    public func render(_ name: String, _ context: TemplateValue, globals: TemplateValue? = nil) -> String {
        String(decoding: renderBytes(name, context, globals: globals), as: UTF8.self)
    }

    /// The same as UTF-8 bytes, for pages that go straight to a file: no String is made and
    /// checked on the way (the bytes come from valid templates and Strings, so they are UTF-8).
    package func renderBytes(_ name: String, _ context: TemplateValue, globals: TemplateValue?) -> [UInt8] {
        guard let nodes = compiled[name] else { return [] }
        var renderer = Mustache.Renderer(templates: compiled, context: context, globals: globals, capacity: 16 * 1024)
        renderer.render(nodes)
        return renderer.output
    }

    /// The text of a template as the pages get it, without its indentation and blank lines
    /// (for a template that scripts fill in, such as the case card).
    public static func compact(_ text: String) -> String {
        String(decoding: Mustache.Indentation.drop(Array(text.utf8)), as: UTF8.self)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    private static func location(of offset: Int, in bytes: [UInt8]) -> SourceLocation {
        let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = bytes[..<lineStart].count { $0 == UInt8(ascii: "\n") } + 1
        return SourceLocation(line: line, column: String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
    }
}
