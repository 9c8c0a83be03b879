import Foundation
import Yams

/// Reads typed fields out of one YAML/JSON mapping, collecting a located diagnostic for every
/// missing, mistyped or unknown value instead of stopping at the first.
struct FieldReader {
    let file: String
    let firstLine: Int
    private let pairs: [String: (key: Node, value: Node)]
    private(set) var diagnostics: [Diagnostic] = []
    private let mappingLocation: SourceLocation

    /// A reader over `node`, which must be a mapping; reports keys not in `known`.
    init?(_ node: Node, file: String, firstLine: Int, known: [String], what: String, into diagnostics: inout [Diagnostic]) {
        self.file = file
        self.firstLine = firstLine
        mappingLocation = YAMLDocument.location(of: node, firstLine: firstLine)
        guard let mapping = node.mapping else {
            diagnostics.append(Diagnostic(.error, "CB0102", "\(what) must be a mapping of `key: value` lines", file: file,
                                          at: mappingLocation, hint: "see docs/content.md for the fields"))
            return nil
        }
        var pairs: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            pairs[name] = (key, value)
            if !known.contains(name) {
                let suggestion = EditDistance.suggestion(for: name, among: known)
                diagnostics.append(Diagnostic(.error, "CB0105", "unknown key '\(name)' in \(what)", file: file,
                                              at: YAMLDocument.location(of: key, firstLine: firstLine),
                                              hint: suggestion.map { "did you mean '\($0)'?" } ?? "accepted keys: \(known.joined(separator: ", "))"))
            }
        }
        self.pairs = pairs
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
        diagnostics.append(Diagnostic(severity, code, message, file: file, at: location(of: key), hint: hint))
    }

    /// A text value; numbers and booleans are taken as their text.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar?.string else {
            report("CB0102", "'\(key)' must be a single text value", at: key, hint: "write it on one line after `\(key): `")
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            if required { report("CB0101", "'\(key)' is empty", at: key, hint: "give it a value") }
            return nil
        }
        return trimmed
    }

    /// A whole number.
    mutating func int(_ key: String, required: Bool = false, example: String = "2022") -> Int? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard let text = node.scalar?.string, let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            report("CB0102", "'\(key)' must be a whole number written in digits, not '\(node.scalar?.string ?? "a list")'", at: key,
                   hint: "for example `\(key): \(example)`")
            return nil
        }
        return value
    }

    /// `true` or `false`.
    mutating func bool(_ key: String) -> Bool {
        guard let node = node(key) else { return false }
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report("CB0102", "'\(key)' must be true or false", at: key, hint: "write `\(key): true` or `\(key): false`")
            return false
        }
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func strings(_ key: String) -> [(text: String, location: SourceLocation)] {
        guard let node = node(key) else { return [] }
        if let scalar = node.scalar {
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? [] : [(text, location(of: key))]
        }
        guard let sequence = node.sequence else {
            report("CB0102", "'\(key)' must be a list such as `[a, b]`", at: key)
            return []
        }
        var items: [(String, SourceLocation)] = []
        for item in sequence {
            let where_ = YAMLDocument.location(of: item, firstLine: firstLine)
            guard let text = item.scalar?.string.trimmingCharacters(in: .whitespaces) else {
                diagnostics.append(Diagnostic(.error, "CB0102", "each entry of '\(key)' must be a single text value", file: file, at: where_))
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
            report("CB0103", "unknown \(key) '\(text)'", at: key, hint: "expected one of \(T.acceptedList)")
            return nil
        }
        return value
    }

    /// A list of vocabulary values, without repeats, in official order.
    mutating func terms<T: Vocabulary>(_ key: String, _ type: T.Type) -> [T] {
        var found: Set<T> = []
        for (text, where_) in strings(key) {
            if let value = T(naming: text) {
                found.insert(value)
            } else {
                diagnostics.append(Diagnostic(.error, "CB0103", "unknown \(key) value '\(text)'", file: file, at: where_,
                                              hint: "expected one of \(T.acceptedList)"))
            }
        }
        return found.sorted()
    }

    /// A calendar date written `YYYY-MM-DD`, returned in that form.
    mutating func date(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        guard CalendarDate(text) != nil else {
            report("CB0109", "'\(key)' must be a date written YYYY-MM-DD, not '\(text)'", at: key, hint: "for example `\(key): 2023-04-20`")
            return nil
        }
        return text
    }

    /// A nested mapping read with its own reader, or nil.
    mutating func nested(_ key: String, known: [String]) -> FieldReader? {
        guard let node = node(key) else { return nil }
        var found: [Diagnostic] = []
        let reader = FieldReader(node, file: file, firstLine: firstLine, known: known, what: "'\(key)'", into: &found)
        diagnostics += found
        return reader
    }

    /// Each mapping in the list under `key`, read by `read`.
    mutating func list<T>(_ key: String, known: [String], read: (inout FieldReader) -> T?) -> [T] {
        guard let node = node(key) else { return [] }
        guard let sequence = node.sequence else {
            report("CB0102", "'\(key)' must be a list of entries starting with `- `", at: key)
            return []
        }
        var results: [T] = []
        for item in sequence {
            var found: [Diagnostic] = []
            guard var reader = FieldReader(item, file: file, firstLine: firstLine, known: known, what: "an entry of '\(key)'", into: &found) else {
                diagnostics += found
                continue
            }
            let value = read(&reader)
            diagnostics += found + reader.diagnostics
            if let value { results.append(value) }
        }
        return results
    }

    /// Adds another reader's findings to this one's.
    mutating func absorb(_ other: FieldReader?) {
        if let other { diagnostics += other.diagnostics }
    }

    private mutating func missing(_ key: String) {
        diagnostics.append(Diagnostic(.error, "CB0101", "missing required field '\(key)'", file: file, at: mappingLocation,
                                      hint: "add a line `\(key): …` to the front matter"))
    }
}

/// A `YYYY-MM-DD` date, validated without time zones or the clock.
struct CalendarDate: Sendable, Hashable, Comparable {
    let year: Int, month: Int, day: Int

    init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }
}
