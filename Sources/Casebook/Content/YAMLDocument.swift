import Yams

/// Parses YAML (and JSON, which is YAML) into nodes that keep their positions in the file.
enum YAMLDocument {
    /// The root node of `text`, whose first line is line `firstLine` of `file`; nil with a
    /// diagnostic when the text is not valid YAML. Empty text gives an empty mapping.
    static func parse(_ text: String, file: String, firstLine: Int, into diagnostics: inout [Diagnostic]) -> Node? {
        do {
            return try Yams.compose(yaml: text) ?? Node.mapping(.init([]))
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, file: file, firstLine: firstLine))
        } catch {
            diagnostics.append(Diagnostic(.error, "CB0001", "the YAML could not be read: \(error)", file: file, at: .init(line: firstLine, column: 1)))
        }
        return nil
    }

    /// The location of `node` in the file.
    static func location(of node: Node?, firstLine: Int) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(line: firstLine, column: 1) }
        return SourceLocation(line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        let hint = "check indentation, the `key: value` form, and quote values that contain `: ` or start with `[`, `{`, `*`, `&` or `!`"
        func located(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Diagnostic {
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return Diagnostic(.error, "CB0001", "invalid YAML: \(what)", file: file,
                              at: SourceLocation(line: mark.line + firstLine - 1, column: mark.column), hint: hint)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return located(problem, context, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.error, "CB0001", "the key '\(duplicates.joined(separator: "', '"))' appears twice", file: file,
                              at: SourceLocation(line: context.mark.line + firstLine - 1, column: context.mark.column),
                              hint: "keep one of them")
        default:
            return Diagnostic(.error, "CB0001", "invalid YAML: \(error)", file: file, at: .init(line: firstLine, column: 1), hint: hint)
        }
    }
}
