import CasebookSupport
import Foundation
import Yams

/// Reads typed fields out of one YAML/JSON mapping, collecting a located diagnostic for every
/// missing, mistyped or unknown value instead of stopping at the first — and only one for each
/// defect: a misspelt required key is reported as the misspelling, not also as a missing field.
package struct FieldReader {
    let file: String
    let firstLine: Int
    /// How the mapping is named in messages ("a case", "an entry of 'sources'").
    let what: String
    private let pairs: [String: (key: Node, value: Node)]
    private var found: [Diagnostic] = []
    /// Required keys that are absent, reported together as one diagnostic.
    private var missingKeys: [String] = []
    /// For each known key suggested by an unknown one, the index of that suggestion in `found`.
    private var suggested: [String: Int] = [:]
    private let mappingLocation: SourceLocation

    /// A reader over `node`, which must be a mapping; keys not in `known` are reported.
    package init?(_ node: Node, file: String, firstLine: Int, known: [String], what: String, into diagnostics: inout [Diagnostic]) {
        self.file = file
        self.firstLine = firstLine
        self.what = what
        mappingLocation = YAMLDocument.location(of: node, firstLine: firstLine)
        guard let mapping = node.mapping else {
            let shown = node.scalar.map { "'\(Self.shorten($0.string))'" } ?? "a list"
            diagnostics.append(
                Diagnostic(
                    .error, "CB0102", "\(what) must be a mapping of `key: value` lines, not \(shown)", file: file,
                    at: mappingLocation, hint: "write one `key: value` per line, with an ASCII colon and a space; see docs/content.md"))
            return nil
        }
        var pairs: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            let location = YAMLDocument.location(of: key, firstLine: firstLine)
            guard let name = key.scalar?.string else {
                found.append(
                    Diagnostic(
                        .error, "CB0102", "a key in \(what) must be a plain name, not a list or mapping", file: file, at: location,
                        hint: "write `name: value`"))
                continue
            }
            pairs[name] = (key, value)
            guard !known.contains(name) else { continue }
            let suggestion = KeySuggestions.suggestion(for: name, among: known)
            if let suggestion, suggested[suggestion] == nil { suggested[suggestion] = found.count }
            found.append(
                Diagnostic(
                    .error, "CB0105", "unknown key '\(name)' in \(what)", file: file, at: location,
                    hint: suggestion.map { "did you mean '\($0)'?" } ?? "accepted keys: \(known.joined(separator: ", "))"))
        }
        self.pairs = pairs
    }

    /// Everything found so far, the missing required fields included.
    var diagnostics: [Diagnostic] {
        guard !missingKeys.isEmpty else { return found }
        let names = Self.list(missingKeys.map { "'\($0)'" })
        let lines = Self.list(missingKeys.map { "`\($0): …`" })
        let message = missingKeys.count == 1 ? "missing required field \(names)" : "missing required fields \(names)"
        let place = what.hasPrefix("a ") ? (file.hasSuffix(".md") ? " to the front matter" : " to this object") : " to \(what)"
        return found + [
            Diagnostic(
                .error, "CB0101", message + (what.hasPrefix("a ") ? "" : " in \(what)"), file: file,
                at: mappingLocation, hint: "add \(lines)\(place)")
        ]
    }

    /// Where each present key's value starts, for rules that look across files.
    var locations: [String: SourceLocation] {
        pairs.mapValues { YAMLDocument.location(of: $0.value, firstLine: firstLine) }
    }

    /// Whether the key is present (with any value, even null).
    func has(_ key: String) -> Bool { pairs[key] != nil }

    /// Where the value of `key` starts, else where the mapping starts.
    func location(of key: String) -> SourceLocation {
        pairs[key].map { YAMLDocument.location(of: $0.value, firstLine: firstLine) } ?? mappingLocation
    }

    /// The raw node of `key`, treating an explicit `null` or `~` as absent.
    func node(_ key: String) -> Node? {
        guard let node = pairs[key]?.value else { return nil }
        if let scalar = node.scalar, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return node
    }

    mutating func report(_ code: String, _ message: String, at key: String, hint: String? = nil, severity: Diagnostic.Severity = .error) {
        found.append(Diagnostic(severity, code, message, file: file, at: location(of: key), hint: hint))
    }

    /// A text value; numbers and booleans are taken as their text.
    package mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar?.string else {
            report(
                "CB0102", "'\(key)' must be a single text value, not \(node.sequence != nil ? "a list" : "a mapping")", at: key,
                hint: "write it on one line after `\(key): `, in quotes if it contains `: ` or starts with `[` or `{`")
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty {
            if required { report("CB0101", "'\(key)' is empty", at: key, hint: "give it a value") }
            return nil
        }
        if let placeholder = Placeholder.find(in: text) {
            reportPlaceholder(placeholder, key: key, quoted: node.scalar?.style != .plain)
            return nil
        }
        return trimmed
    }

    /// A scaffold's placeholder still in `key`: located at the placeholder itself when it is on the value's first line.
    private mutating func reportPlaceholder(_ placeholder: Placeholder.Found, key: String, quoted: Bool) {
        var at = location(of: key)
        if placeholder.line == 0, at.column > 0 { at.column += placeholder.column + (quoted ? 1 : 0) }
        found.append(
            Diagnostic(
                .error, "CB0150", "'\(key)' still holds the placeholder '\(placeholder.written)'", file: file, at: at,
                hint: Placeholder.hint(placeholder, field: key)))
    }

    /// A whole number written in digits, at least `minimum`.
    mutating func int(_ key: String, required: Bool = false, example: String = "2022", minimum: Int? = nil) -> Int? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar?.string.trimmingWhitespace(.whitespaces) else {
            report(
                "CB0102", "'\(key)' must be a whole number, not \(node.sequence != nil ? "a list" : "a mapping")", at: key,
                hint: "for example `\(key): \(example)`")
            return nil
        }
        guard let value = Int(text) else {
            let meant = NumberHint.value(of: text)
            report(
                "CB0102", "'\(key)' must be a whole number written in digits, not '\(Self.shorten(text))'", at: key,
                hint: meant.map { "write `\(key): \($0)`" } ?? "for example `\(key): \(example)`")
            return nil
        }
        if let minimum, value < minimum {
            report("CB0102", "'\(key)' must be at least \(minimum), not \(value)", at: key, hint: "for example `\(key): \(example)`")
            return nil
        }
        return value
    }

    /// The `year` field: a four-digit year.
    mutating func year() -> Int? {
        guard let year = int("year", required: true) else { return nil }
        guard (2000...2099).contains(year) else {
            report(
                "CB0102", "'year' must be a four-digit year such as 2022, not \(year)", at: "year",
                hint: year < 100 ? "write `year: \(2000 + year)`" : "write the year of the selection, for example `year: 2022`")
            return nil
        }
        return year
    }

    /// `true` or `false`.
    mutating func bool(_ key: String) -> Bool {
        guard let node = node(key) else { return false }
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(
                "CB0102", "'\(key)' must be true or false, not '\(Self.shorten(node.scalar?.string ?? "a list"))'", at: key,
                hint: "write `\(key): true` or `\(key): false`")
            return false
        }
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func strings(_ key: String) -> [(text: String, location: SourceLocation)] {
        guard let node = node(key) else { return [] }
        if let scalar = node.scalar {
            let text = scalar.string.trimmingWhitespace(.whitespaces)
            return text.isEmpty ? [] : [(text, location(of: key))]
        }
        guard let sequence = node.sequence else {
            report("CB0102", "'\(key)' must be a list such as `[a, b]`, not a mapping", at: key, hint: "write `\(key): [a, b]`")
            return []
        }
        var items: [(String, SourceLocation)] = []
        for item in sequence {
            let where_ = YAMLDocument.location(of: item, firstLine: firstLine)
            guard let text = item.scalar?.string.trimmingWhitespace(.whitespaces) else {
                found.append(
                    Diagnostic(
                        .error, "CB0102", "each entry of '\(key)' must be a single text value", file: file, at: where_,
                        hint: "write `\(key): [a, b]` with plain values"))
                continue
            }
            if !text.isEmpty { items.append((text, where_)) }
        }
        return items
    }

    /// One value of a vocabulary, named by key or label.
    mutating func term<T: Vocabulary>(_ key: String, _ type: T.Type, required: Bool = false) -> T? {
        guard let text = string(key, required: required) else { return nil }
        guard let value = T(naming: text) else {
            report("CB0103", "unknown \(key) '\(Self.shorten(text))'", at: key, hint: Self.termHint(text, T.self))
            return nil
        }
        return value
    }

    /// A list of vocabulary values, without repeats, in official order.
    mutating func terms<T: Vocabulary>(_ key: String, _ type: T.Type) -> [T] {
        var values: Set<T> = []
        for (text, where_) in strings(key) {
            if let value = T(naming: text) {
                values.insert(value)
            } else {
                found.append(
                    Diagnostic(
                        .error, "CB0103", "unknown \(key) value '\(Self.shorten(text))'", file: file, at: where_,
                        hint: Self.termHint(text, T.self)))
            }
        }
        return values.sorted()
    }

    /// A calendar date written `YYYY-MM-DD`, returned in that form.
    mutating func date(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        guard CalendarDate(text) != nil else {
            let meant = CalendarDate.guess(text).map { "write `\(key): \($0)`" }
            report(
                "CB0109", "'\(key)' must be a date written YYYY-MM-DD, not '\(Self.shorten(text))'", at: key,
                hint: meant ?? "for example `\(key): 2023-04-20`")
            return nil
        }
        return text
    }

    /// A URL or path that will be published; `javascript:`, `data:` and similar schemes are refused.
    /// With `external`, an address that lacks its `https://` is a warning.
    mutating func url(_ key: String, required: Bool = false, external: Bool = true) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard URLPolicy.isSafe(text) else {
            report(
                "CB0108", "the \(key) '\(Self.shorten(text))' uses a scheme that is never published", at: key,
                hint: "use an https:// address or a path inside the site")
            return nil
        }
        if external, URLPolicy.looksLikeHostWithoutScheme(text) {
            report(
                "CB0111", "the \(key) '\(Self.shorten(text))' has no https://, so it would be read as a path inside the site", at: key,
                hint: "write `\(key): https://\(text)`", severity: .warning)
        }
        return text
    }

    /// A nested mapping read with its own reader, or nil.
    package mutating func nested(_ key: String, known: [String]) -> FieldReader? {
        guard let node = node(key) else { return nil }
        var problems: [Diagnostic] = []
        let reader = FieldReader(node, file: file, firstLine: firstLine, known: known, what: "'\(key)'", into: &problems)
        found += problems
        return reader
    }

    /// Each mapping in the list under `key`, read by `read`.
    mutating func list<T>(_ key: String, known: [String], read: (inout FieldReader) -> T?) -> [T] {
        guard let node = node(key) else { return [] }
        guard let sequence = node.sequence else {
            report(
                "CB0102", "'\(key)' must be a list of entries starting with `- `", at: key,
                hint: "write each entry on its own line: `  - { title: …, url: … }`")
            return []
        }
        var results: [T] = []
        for item in sequence {
            var problems: [Diagnostic] = []
            guard var reader = FieldReader(item, file: file, firstLine: firstLine, known: known, what: "an entry of '\(key)'", into: &problems) else {
                found += problems
                continue
            }
            let value = read(&reader)
            found += problems + reader.diagnostics
            if let value { results.append(value) }
        }
        return results
    }

    /// Adds another reader's findings to this one's.
    mutating func absorb(_ other: FieldReader?) {
        if let other { found += other.diagnostics }
    }

    /// Reports `key` as a required field that is missing (for fields read in a special way).
    mutating func require(_ key: String) { missing(key) }

    private mutating func missing(_ key: String) {
        if pairs[key] != nil {
            report("CB0101", "'\(key)' has no value", at: key, hint: "write the value after `\(key): `")
        } else if let index = suggested[key] {
            // The author wrote the key, misspelt: the unknown-key message already says so.
            found[index].hint = "did you mean '\(key)'? It is a required field"
        } else {
            missingKeys.append(key)
        }
    }

    private static func termHint<T: Vocabulary>(_ text: String, _ type: T.Type) -> String {
        let accepted = "expected one of \(T.acceptedList)"
        // The closest value, written the way the author wrote (Chinese or ASCII); none when two tie.
        let isASCII = text.allSatisfy(\.isASCII)
        let scored = T.allCases.compactMap { term -> (spelling: String, distance: Int)? in
            ([term.rawValue, term.chinese] + term.aliases).filter { $0.allSatisfy(\.isASCII) == isASCII }
                .map { ($0, EditDistance.between($0.lowercased(), text.lowercased())) }
                .min { $0.1 < $1.1 }
        }
        guard let best = scored.map(\.distance).min(), best <= max(2, text.count / 3),
            scored.filter({ $0.distance == best }).count == 1,
            let guess = scored.first(where: { $0.distance == best })
        else { return accepted }
        return "did you mean '\(guess.spelling)'? \(accepted)"
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// A value as quoted in a message: one line, at most 60 characters.
    package static func shorten(_ text: String) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? text
        return line.count > 60 ? String(line.prefix(57)) + "…" : line
    }
}

/// A `YYYY-MM-DD` date, validated without time zones or the clock.
package struct CalendarDate: Sendable, Hashable, Comparable {
    /// The date's parts; `month` and `day` are 1-based.
    package let year: Int, month: Int, day: Int

    /// The date `text` spells as `YYYY-MM-DD`; nil when it is not one.
    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, year >= 0 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2023/4/20`, `2023.04.20`, `2023年4月20日` → `2023-04-20`, when that is a real date.
    static func guess(_ text: String) -> String? {
        let groups = text.split { !$0.isASCII || !$0.isNumber }.map(String.init)
        guard groups.count == 3, groups[0].count == 4, let year = Int(groups[0]), let month = Int(groups[1]), let day = Int(groups[2]),
            groups[1].count <= 2, groups[2].count <= 2, let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return date.text
    }

    /// `YYYY-MM-DD`.
    var text: String {
        func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Earlier dates first.
    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }
}
