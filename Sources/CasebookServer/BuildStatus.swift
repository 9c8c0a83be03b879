import Casebook
import CasebookSupport
import Foundation

/// What open pages learn about the latest build, sent on `/__casebook/events` and
/// `/__casebook/version`: the version of the site being served, the version of the asking
/// page's own file and, when the latest rebuild failed, its diagnostics (the last good site keeps
/// being served meanwhile).
public struct BuildStatus: Sendable, Codable, Equatable {
    /// One diagnostic as the overlay shows it.
    public struct Problem: Sendable, Codable, Equatable {
        /// `content/cases/a.md:7:16`, or the file alone when the line is unknown.
        public let location: String
        /// The file, relative to the site folder; kept apart from `location` for scripts that read the JSON.
        public let file: String
        /// 1-based line; 0 when the problem concerns the whole file.
        public let line: Int
        /// 1-based column in characters; 0 when unknown.
        public let column: Int
        /// `error` or `warning`.
        public let severity: String
        /// The rule that found it, the key to its entry in docs/diagnostics.md.
        public let code: String
        /// What is wrong, in one sentence of the preview's language.
        public let message: String
        /// What would be right, when the rule knows, in the preview's language.
        public let hint: String?
        /// Everything after the location, as the terminal prints it: `error[CB0103]: message; hint`.
        public let text: String

        /// The diagnostic as the overlay shows it, its words in `language`.
        public init(_ diagnostic: Diagnostic, in language: Language) {
            location = diagnostic.place
            file = diagnostic.file
            line = diagnostic.line
            column = diagnostic.column
            severity = diagnostic.severity.rawValue
            code = diagnostic.code
            message = diagnostic.problem.text(in: language)
            hint = diagnostic.remedy?.text(in: language)
            text = diagnostic.statement(in: language)
        }
    }

    /// The version of the site being served; it changes with every successful rebuild.
    public let version: String
    /// The version of the page named by `?page=` (`ServedSite.pageVersion`): an open page that
    /// was sent with another one reloads. Absent when no page was named.
    public let page: String?
    /// False when the latest rebuild failed.
    public let ok: Bool
    /// Every diagnostic of the failed rebuild, sorted by file and line; empty when `ok`.
    public let problems: [Problem]

    /// A status; `problems` only when the build failed.
    public init(version: String, ok: Bool, problems: [Problem] = [], page: String? = nil) {
        self.version = version
        self.ok = ok
        self.problems = problems
        self.page = page
    }

    /// The same status as told to the page whose version is `page`.
    func telling(page: String?) -> BuildStatus {
        BuildStatus(version: version, ok: ok, problems: problems, page: page)
    }

    /// The JSON the browser reads, with sorted keys so that equal statuses look equal.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
