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
    let what: Message
    private let pairs: [String: (key: Node, value: Node)]
    private var found: [Diagnostic] = []
    /// Required keys that are absent, reported together as one diagnostic.
    private var missingKeys: [String] = []
    /// For each known key suggested by an unknown one, the index of that suggestion in `found`.
    private var suggested: [String: Int] = [:]
    private let mappingLocation: SourceLocation

    /// A reader over `node`, which must be a mapping; keys not in `known` are reported.
    package init?(_ node: Node, file: String, firstLine: Int, known: [String], what: Message, into diagnostics: inout [Diagnostic]) {
        self.file = file
        self.firstLine = firstLine
        self.what = what
        mappingLocation = YAMLDocument.location(of: node, firstLine: firstLine)
        guard let mapping = node.mapping else {
            let shown = node.scalar.map { Message("value.quoted", ["value": "\(Self.shorten($0.string))"]) } ?? Message("value.aList")
            diagnostics.append(
                Diagnostic(
                    .error, "CB0102", Message("field.notMapping", ["what": .message(what), "shown": .message(shown)]), file: file,
                    at: mappingLocation, hint: Message("field.notMapping.hint")))
            return nil
        }
        var pairs: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            let location = YAMLDocument.location(of: key, firstLine: firstLine)
            guard let name = key.scalar?.string else {
                found.append(
                    Diagnostic(
                        .error, "CB0102", Message("field.keyNotName", ["what": .message(what)]), file: file, at: location,
                        hint: Message("field.keyNotName.hint")))
                continue
            }
            pairs[name] = (key, value)
            guard !known.contains(name) else { continue }
            let suggestion = KeySuggestions.suggestion(for: name, among: known)
            if let suggestion, suggested[suggestion] == nil { suggested[suggestion] = found.count }
            found.append(
                Diagnostic(
                    .error, "CB0105", Message("field.unknownKey", ["name": "\(name)", "what": .message(what)]), file: file, at: location,
                    hint: suggestion.map { Message("field.didYouMean", ["key": "\($0)"]) }
                        ?? Message("field.acceptedKeys", ["keys": "\(known.joined(separator: ", "))"])))
        }
        self.pairs = pairs
    }

    /// Everything found so far, the missing required fields included.
    var diagnostics: [Diagnostic] {
        guard !missingKeys.isEmpty else { return found }
        let names = Self.list(missingKeys.map { "'\($0)'" })
        let lines = Self.list(missingKeys.map { "`\($0): …`" })
        let arguments: [String: Message.Argument] = ["names": .message(names), "what": .message(what), "lines": .message(lines)]
        let message = Message.counted(isWhole ? "field.missing" : "field.missingIn", missingKeys.count, arguments)
        let place = isWhole ? (file.hasSuffix(".md") ? "field.add.frontMatter" : "field.add.object") : "field.add.in"
        return found + [Diagnostic(.error, "CB0101", message, file: file, at: mappingLocation, hint: Message(place, arguments))]
    }

    /// Whether the mapping is a whole entry (a case, a region …), not a part of one.
    private var isWhole: Bool {
        ["what.case", "what.region", "what.page", "what.participation"].contains(what.key)
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

    mutating func report(_ code: String, _ message: Message, at key: String, hint: Message? = nil, severity: Diagnostic.Severity = .error) {
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
                "CB0102", Message("field.notSingleText", ["key": "\(key)", "shown": .message(Self.shape(node))]), at: key,
                hint: Message("field.notSingleText.hint", ["key": "\(key)"]))
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty {
            if required { report("CB0101", Message("field.empty", ["key": "\(key)"]), at: key, hint: Message("field.empty.hint")) }
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
                .error, "CB0150", Message("field.placeholder", ["key": "\(key)", "placeholder": "\(placeholder.written)"]), file: file, at: at,
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
                "CB0102", Message("field.notNumber", ["key": "\(key)", "shown": .message(Self.shape(node))]), at: key,
                hint: Message("field.forExample", ["key": "\(key)", "example": "\(example)"]))
            return nil
        }
        guard let value = Int(text) else {
            let meant = NumberHint.value(of: text)
            report(
                "CB0102", Message("field.notDigits", ["key": "\(key)", "value": "\(Self.shorten(text))"]), at: key,
                hint: meant.map { Message("field.write", ["key": "\(key)", "value": "\($0)"]) }
                    ?? Message("field.forExample", ["key": "\(key)", "example": "\(example)"]))
            return nil
        }
        if let minimum, value < minimum {
            report(
                "CB0102", Message("field.atLeast", ["key": "\(key)", "minimum": "\(minimum)", "value": "\(value)"]), at: key,
                hint: Message("field.forExample", ["key": "\(key)", "example": "\(example)"]))
            return nil
        }
        return value
    }

    /// The `year` field: a four-digit year.
    mutating func year() -> Int? {
        guard let year = int("year", required: true) else { return nil }
        guard (2000...2099).contains(year) else {
            report(
                "CB0102", Message("field.year", ["value": "\(year)"]), at: "year",
                hint: year < 100 ? Message("field.write", ["key": "year", "value": "\(2000 + year)"]) : Message("field.year.hint"))
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
                "CB0102", Message("field.notBool", ["key": "\(key)", "value": "\(Self.shorten(node.scalar?.string ?? "a list"))"]), at: key,
                hint: Message("field.notBool.hint", ["key": "\(key)"]))
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
            report("CB0102", Message("field.notList", ["key": "\(key)"]), at: key, hint: Message("field.notList.hint", ["key": "\(key)"]))
            return []
        }
        var items: [(String, SourceLocation)] = []
        for item in sequence {
            let where_ = YAMLDocument.location(of: item, firstLine: firstLine)
            guard let text = item.scalar?.string.trimmingWhitespace(.whitespaces) else {
                found.append(
                    Diagnostic(
                        .error, "CB0102", Message("field.entryNotText", ["key": "\(key)"]), file: file, at: where_,
                        hint: Message("field.entryNotText.hint", ["key": "\(key)"])))
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
            report("CB0103", Message("field.unknownTerm", ["key": "\(key)", "value": "\(Self.shorten(text))"]), at: key, hint: Self.termHint(text, T.self))
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
                        .error, "CB0103", Message("field.unknownTermValue", ["key": "\(key)", "value": "\(Self.shorten(text))"]), file: file, at: where_,
                        hint: Self.termHint(text, T.self)))
            }
        }
        return values.sorted()
    }

    /// A calendar date written `YYYY-MM-DD`, returned in that form.
    mutating func date(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        guard CalendarDate(text) != nil else {
            let meant = CalendarDate.guess(text).map { Message("field.write", ["key": "\(key)", "value": "\($0)"]) }
            report(
                "CB0109", Message("field.date", ["key": "\(key)", "value": "\(Self.shorten(text))"]), at: key,
                hint: meant ?? Message("field.forExample", ["key": "\(key)", "example": "2023-04-20"]))
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
                "CB0108", Message("field.scheme", ["key": "\(key)", "value": "\(Self.shorten(text))"]), at: key, hint: Message("field.scheme.hint"))
            return nil
        }
        if external, URLPolicy.looksLikeHostWithoutScheme(text) {
            report(
                "CB0111", Message("field.noScheme", ["key": "\(key)", "value": "\(Self.shorten(text))"]), at: key,
                hint: Message("field.write", ["key": "\(key)", "value": "https://\(text)"]), severity: .warning)
        }
        return text
    }

    /// A nested mapping read with its own reader, or nil.
    package mutating func nested(_ key: String, known: [String]) -> FieldReader? {
        guard let node = node(key) else { return nil }
        var problems: [Diagnostic] = []
        let reader = FieldReader(node, file: file, firstLine: firstLine, known: known, what: Message("what.key", ["key": "\(key)"]), into: &problems)
        found += problems
        return reader
    }

    /// Each mapping in the list under `key`, read by `read`.
    mutating func list<T>(_ key: String, known: [String], read: (inout FieldReader) -> T?) -> [T] {
        guard let node = node(key) else { return [] }
        guard let sequence = node.sequence else {
            report("CB0102", Message("field.notEntries", ["key": "\(key)"]), at: key, hint: Message("field.notEntries.hint"))
            return []
        }
        var results: [T] = []
        for item in sequence {
            var problems: [Diagnostic] = []
            guard
                var reader = FieldReader(item, file: file, firstLine: firstLine, known: known, what: Message("what.entry", ["key": "\(key)"]), into: &problems)
            else {
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
            report("CB0101", Message("field.noValue", ["key": "\(key)"]), at: key, hint: Message("field.noValue.hint", ["key": "\(key)"]))
        } else if let index = suggested[key] {
            // The author wrote the key, misspelt: the unknown-key message already says so.
            found[index].remedy = Message("field.didYouMeanRequired", ["key": "\(key)"])
        } else {
            missingKeys.append(key)
        }
    }

    private static func termHint<T: Vocabulary>(_ text: String, _ type: T.Type) -> Message {
        let accepted = Message("field.expected", ["accepted": "\(T.acceptedList)"])
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
        return Message("field.didYouMeanTerm", ["guess": "\(guess.spelling)", "expected": .message(accepted)])
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func list(_ items: [String]) -> Message {
        Message.list(items.map(Message.verbatim), "list.comma", last: "list.and")
    }

    /// `a list` or `a mapping`: what a node is instead of a single value.
    private static func shape(_ node: Node) -> Message {
        Message(node.sequence != nil ? "value.aList" : "value.aMapping")
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
