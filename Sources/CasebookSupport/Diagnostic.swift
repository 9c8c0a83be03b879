/// One problem found in a site's files, located like compiler output.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How bad a problem is: errors stop a build, warnings do not (unless `--strict`).
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// The file, relative to the site folder (`content/cases/a.md`).
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column, counted in characters; 0 when unknown.
    public var column: Int
    /// Whether the problem stops the build.
    public var severity: Severity
    /// A stable rule code such as `CB0103`, documented in docs/diagnostics.md.
    public var code: String
    /// What is wrong, in plain words, as a catalogue message.
    public var problem: Message
    /// What would be right, or what to do next, as a catalogue message.
    public var remedy: Message?

    /// What is wrong, in English.
    public var message: String { problem.english }
    /// What would be right, in English.
    public var hint: String? { remedy?.english }

    /// Makes a diagnostic; `at` defaults to the start of the file.
    public init(_ severity: Severity, _ code: String, _ problem: Message, file: String, at location: SourceLocation = .init(), hint remedy: Message? = nil) {
        self.file = file
        self.line = location.line
        self.column = location.column
        self.severity = severity
        self.code = code
        self.problem = problem
        self.remedy = remedy
    }

    /// `file:line:column: error[CODE]: message; hint`, in English.
    public var formatted: String { formatted(in: .en) }

    /// `file:line:column: error[CODE]: message; hint`, the words in `language`; the location, severity and code never change.
    public func formatted(in language: Language) -> String {
        "\(place): \(statement(in: language))"
    }

    /// `file`, `file:line` or `file:line:column`: as much of the position as is known.
    public var place: String {
        line > 0 ? "\(file):\(line)" + (column > 0 ? ":\(column)" : "") : file
    }

    /// What follows the place: `error[CODE]: message; hint`, the words in `language`.
    public func statement(in language: Language) -> String {
        let hint = remedy.map { Message("diagnostic.hint", ["hint": .message($0)]).text(in: language) } ?? ""
        return "\(severity.rawValue)[\(code)]: \(problem.text(in: language))" + hint
    }
}

/// A 1-based position in a source file.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// 1-based line; 0 for the whole file.
    public var line: Int
    /// 1-based column, counted in characters; 0 when unknown.
    public var column: Int

    /// A position; `0:0` stands for "the whole file".
    public init(line: Int = 0, column: Int = 0) {
        self.line = line
        self.column = column
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then code, so output never depends on discovery order.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { a, b in
            (a.file, a.line, a.column, a.code, a.message) < (b.file, b.line, b.column, b.code, b.message)
        }
    }

    /// Without repeats of the same diagnostic (the same file may be read by two layers).
    public func uniqued() -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return filter { seen.insert($0).inserted }
    }

    /// With every warning turned into an error (`--strict`).
    public func strict() -> [Diagnostic] {
        map { diagnostic in
            var promoted = diagnostic
            promoted.severity = .error
            return promoted
        }
    }

    /// Number of errors and of warnings.
    public var counts: (errors: Int, warnings: Int) {
        let errors = filter { $0.severity == .error }.count
        return (errors, count - errors)
    }

    /// Whether any entry is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
