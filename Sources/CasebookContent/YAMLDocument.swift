import CasebookSupport
import Yams

/// Parses YAML (and JSON, which is YAML) into nodes that keep their positions in the file, and
/// explains YAML mistakes in plain words at the place where the author has to fix them.
package enum YAMLDocument {
    /// The root node of `text`, whose first line is line `firstLine` of `file`; nil with a
    /// diagnostic when the text is not valid YAML. Empty text gives an empty mapping.
    package static func parse(_ text: String, file: String, firstLine: Int, into diagnostics: inout [Diagnostic]) -> Node? {
        let node: Node
        do {
            // Values are read as text and typed by FieldReader, so YAML's implicit typing (a regex
            // per scalar, a quarter of the loading time) is left out: `.basic` tags everything str.
            // The encoding is given, since Yams's default reads the environment on every call.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8) ?? Node.mapping(.init([]))
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, text: text, file: file, firstLine: firstLine))
            return nil
        } catch {
            diagnostics.append(
                Diagnostic(.error, "CB0001", Message("yaml.unreadable", ["error": "\(error)"]), file: file, at: .init(line: firstLine, column: 1)))
            return nil
        }
        // Lines written `key：value` or `key:value` make the whole text one plain string.
        if node.scalar != nil, let slip = LineSlip.first(in: text, before: Int.max) {
            diagnostics.append(slip.diagnostic(file: file, firstLine: firstLine))
            return nil
        }
        return node
    }

    /// The location of `node` in the file.
    static func location(of node: Node?, firstLine: Int) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(line: firstLine, column: 1) }
        return SourceLocation(line: mark.line + firstLine - 1, column: mark.column)
    }

    private static let generalHint = Message("yaml.generalHint")

    private static func diagnostic(for error: YamlError, text: String, file: String, firstLine: Int) -> Diagnostic {
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(line: line + firstLine - 1, column: column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // A typing slip on an earlier line (a full-width colon, a tab) is the real cause.
            if let slip = LineSlip.first(in: text, before: mark.line + 1) {
                return slip.diagnostic(file: file, firstLine: firstLine)
            }
            let openedOn = (context?.mark.line).map { $0 + firstLine - 1 } ?? 0
            let explained = explain(context: context?.text ?? "", problem: problem, openedOn: openedOn)
            let place = explained.atContext ? (context?.mark ?? mark) : mark
            return Diagnostic(.error, "CB0001", explained.message, file: file, at: at(place.line, place.column), hint: explained.hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let second = secondOccurrence(of: key, in: text)
            return Diagnostic(
                .error, "CB0001",
                Message(second == nil ? "yaml.twice" : "yaml.twiceFirst", ["key": "\(key)", "line": "\(context.mark.line + firstLine - 1)"]),
                file: file, at: second.map { at($0.line, $0.column) } ?? at(context.mark.line, context.mark.column),
                hint: Message("yaml.twice.hint"))
        case .reader(let problem, let offset, let value, _):
            let location = offset.map { position(ofCharacter: $0, in: text) } ?? (1, 1)
            let code = String(UInt32(max(0, value)), radix: 16, uppercase: true)
            let character: Message.Argument = value >= 0 ? .message(Message("yaml.character.code", ["code": "\(code)"])) : ""
            return Diagnostic(
                .error, "CB0001", Message("yaml.character", ["character": character, "problem": "\(problem)"]), file: file,
                at: at(location.0, location.1), hint: Message("yaml.character.hint"))
        default:
            return Diagnostic(
                .error, "CB0001", Message("yaml.invalid", ["error": "\(error)"]), file: file, at: .init(line: firstLine, column: 1), hint: generalHint)
        }
    }

    /// Plain words for libyaml's messages, and whether the context mark (where the unfinished
    /// thing started) is the better place to point at.
    private static func explain(context: String, problem: String, openedOn line: Int) -> (message: Message, hint: Message, atContext: Bool) {
        switch (context, problem) {
        case (let c, let p) where c.contains("quoted scalar") && p.contains("end of stream"):
            return (Message("yaml.unclosedQuote"), Message("yaml.unclosedQuote.hint"), true)
        case (let c, _) where c.contains("flow sequence"):
            return (Message("yaml.flowList", ["line": "\(line)"]), Message("yaml.flowList.hint"), false)
        case (let c, _) where c.contains("flow mapping"):
            return (Message("yaml.flowMapping", ["line": "\(line)"]), Message("yaml.flowMapping.hint"), false)
        case (let c, let p) where c.contains("simple key") && p.contains("expected ':'"):
            return (Message("yaml.noColon"), Message("yaml.noColon.hint"), true)
        case (_, let p) where p.contains("tab"):
            return (Message("yaml.tabIndent"), Message("yaml.tabIndent.hint"), false)
        case (_, let p) where p.contains("mapping values are not allowed"):
            return (Message("yaml.secondColon"), Message("yaml.secondColon.hint"), false)
        case (_, let p) where p.contains("did not find expected key") || p.contains("did not find expected <document start>"):
            return (Message("yaml.misaligned"), Message("yaml.misaligned.hint"), false)
        case (_, let p) where p.contains("cannot start any token"):
            return (Message("yaml.reserved"), Message("yaml.reserved.hint"), false)
        case (_, let p) where p.contains("undefined alias") || p.contains("anchor"):
            return (Message("yaml.alias"), Message("yaml.alias.hint"), false)
        default:
            let what = [context, problem].filter { !$0.isEmpty }.joined(separator: ": ")
            return (Message("yaml.invalid", ["error": "\(what)"]), generalHint, false)
        }
    }

    /// Line and column (1-based) of the second line that uses `key` as a key at the same indentation as the first.
    private static func secondOccurrence(of key: String, in text: String) -> (line: Int, column: Int)? {
        var firstIndent: Int?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            var rest = line.dropFirst(indent)
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
            guard rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            let column = line.count - rest.count + 1
            if let first = firstIndent {
                if first == indent { return (index + 1, column) }
            } else {
                firstIndent = indent
            }
        }
        return nil
    }

    private static func position(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}

/// A typing slip that breaks YAML and that a person can see at once when told: a full-width
/// colon or space, a tab, or a missing space after the colon.
struct LineSlip {
    let line: Int
    let column: Int
    let message: Message
    let hint: Message

    func diagnostic(file: String, firstLine: Int) -> Diagnostic {
        Diagnostic(.error, "CB0001", message, file: file, at: SourceLocation(line: line + firstLine - 1, column: column), hint: hint)
    }

    /// The first slip on a line before `limit` (1-based, exclusive), if any.
    static func first(in text: String, before limit: Int) -> LineSlip? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 < limit {
            if let slip = slip(in: line, number: index + 1) { return slip }
        }
        return nil
    }

    private static func slip(in line: Substring, number: Int) -> LineSlip? {
        let indent = line.prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        if indent.contains("\u{3000}") {
            return LineSlip(
                line: number, column: indent.firstIndex(of: "\u{3000}").map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 1,
                message: Message("slip.fullWidthSpace"), hint: Message("slip.fullWidthSpace.hint"))
        }
        if indent.contains("\t") {
            return LineSlip(line: number, column: 1, message: Message("slip.tab"), hint: Message("slip.tab.hint"))
        }
        var rest = line.dropFirst(indent.count)
        guard !rest.hasPrefix("#") else { return nil }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
        let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        guard !key.isEmpty, let next = rest.dropFirst(key.count).first else { return nil }
        let column = line.distance(from: line.startIndex, to: rest.startIndex) + key.count + 1
        if next == "：" {
            return LineSlip(
                line: number, column: column, message: Message("slip.fullWidthColon", ["key": "\(key)"]),
                hint: Message("slip.fullWidthColon.hint", ["key": "\(key)"]))
        }
        if next == ":", let after = rest.dropFirst(key.count + 1).first, after != " ", after != ":", key.allSatisfy(\.isASCII),
            !rest.dropFirst(key.count + 1).hasPrefix("//")
        {
            return LineSlip(
                line: number, column: column, message: Message("slip.noSpace", ["key": "\(key)"]),
                hint: Message("slip.noSpace.hint", ["key": "\(key)", "rest": "\(rest.dropFirst(key.count + 1))"]))
        }
        return nil
    }
}
