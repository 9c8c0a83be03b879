import Mustache

/// A theme's Mustache templates, compiled once per build and shared by all renders.
/// The only file that names the Mustache library.
public struct Templates: Sendable {
    private let library: MustacheLibrary

    /// Templates every theme must provide (directly or through the default theme).
    public static let required = ["layout", "home", "list", "case", "regions", "unit", "taxonomy", "page", "404"]

    /// Compiles the theme's templates; syntax errors and missing templates become diagnostics
    /// located in the template file.
    public init(theme: Theme, diagnostics: inout [Diagnostic]) {
        var library = MustacheLibrary()
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                diagnostics.append(Diagnostic(.error, "CB0003", "the template is not valid UTF-8", file: file.origin))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(.error, "CB0302", "template syntax error: \(Self.explain(error.error))", file: file.origin,
                                              at: SourceLocation(line: error.context.lineNumber, column: error.context.columnNumber + 1),
                                              hint: "check that every {{#section}} is closed by a matching {{/section}} and every tag ends with }}"))
            } catch {
                diagnostics.append(Diagnostic(.error, "CB0302", "template syntax error: \(error)", file: file.origin))
            }
        }
        for name in Self.required where theme.templates[name] == nil {
            diagnostics.append(Diagnostic(.error, "CB0304", "the theme has no template '\(name)'", file: "themes/",
                                          hint: "add templates/\(name).mustache to the theme (copy it from the default theme)"))
        }
        self.library = library
    }

    /// Renders the template `name` with `context`; empty when the template is missing.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case .unfinishedName: "a tag is not finished with }}"
        case .expectedSectionEnd: "a section is never closed"
        case .invalidSetDelimiter: "a set-delimiter tag is malformed"
        default: "\(error)"
        }
    }
}
