import CasebookSupport

/// Every diagnostic code Casebook reports, with its severity and a one-line title in each language
/// (the catalogue's `rule.<code>`). The codes are
/// stable: editors and CI scripts may match on them. docs/diagnostics.md explains each one with an
/// example; a test keeps the two in step.
public enum RuleCatalogue {
    /// One rule: a stable code, how bad a breach is, and what it is about.
    public struct Rule: Sendable, Hashable {
        /// `CB` and four digits (`CB0101`); stable across releases.
        public let code: String
        /// Whether a breach fails the build or only warns.
        public let severity: Diagnostic.Severity
        /// What the rule is about, in a few words of `language`.
        public func title(in language: Language) -> String { Message("rule." + code).text(in: language) }

        /// What the rule is about, in English.
        public var title: String { title(in: .en) }
    }

    /// Every rule that a diagnostic may carry.
    public static let rules: [Rule] = [
        Rule(code: "CB0001", severity: .error),
        Rule(code: "CB0002", severity: .error),
        Rule(code: "CB0003", severity: .error),
        Rule(code: "CB0004", severity: .error),
        Rule(code: "CB0101", severity: .error),
        Rule(code: "CB0102", severity: .error),
        Rule(code: "CB0103", severity: .error),
        Rule(code: "CB0104", severity: .error),
        Rule(code: "CB0105", severity: .error),
        Rule(code: "CB0106", severity: .error),
        Rule(code: "CB0107", severity: .error),
        Rule(code: "CB0108", severity: .error),
        Rule(code: "CB0109", severity: .error),
        Rule(code: "CB0110", severity: .error),
        Rule(code: "CB0111", severity: .warning),
        Rule(code: "CB0120", severity: .error),
        Rule(code: "CB0121", severity: .warning),
        Rule(code: "CB0130", severity: .error),
        Rule(code: "CB0140", severity: .error),
        Rule(code: "CB0141", severity: .error),
        Rule(code: "CB0142", severity: .warning),
        Rule(code: "CB0143", severity: .warning),
        Rule(code: "CB0150", severity: .error),
        Rule(code: "CB0151", severity: .warning),
        Rule(code: "CB0152", severity: .error),
        Rule(code: "CB0153", severity: .warning),
        Rule(code: "CB0154", severity: .warning),
        Rule(code: "CB0155", severity: .warning),
        Rule(code: "CB0156", severity: .warning),
        Rule(code: "CB0157", severity: .warning),
        Rule(code: "CB0158", severity: .error),
        Rule(code: "CB0201", severity: .error),
        Rule(code: "CB0202", severity: .error),
        Rule(code: "CB0203", severity: .warning),
        Rule(code: "CB0220", severity: .error),
        Rule(code: "CB0221", severity: .warning),
        Rule(code: "CB0210", severity: .warning),
        Rule(code: "CB0211", severity: .warning),
        Rule(code: "CB0212", severity: .warning),
        Rule(code: "CB0301", severity: .error),
        Rule(code: "CB0302", severity: .error),
        Rule(code: "CB0303", severity: .error),
        Rule(code: "CB0304", severity: .error),
        Rule(code: "CB0401", severity: .error),
        Rule(code: "CB0402", severity: .error),
        Rule(code: "CB0403", severity: .warning),
        Rule(code: "CB0404", severity: .error),
        Rule(code: "CB0405", severity: .error),
        Rule(code: "CB0501", severity: .error),
        Rule(code: "CB0502", severity: .error),
        Rule(code: "CB0503", severity: .error),
        Rule(code: "CB0504", severity: .error),
        Rule(code: "CB0505", severity: .error),
        Rule(code: "CB0506", severity: .error),
        Rule(code: "CB0507", severity: .warning),
    ]

    /// The rule with this code.
    public static func rule(_ code: String) -> Rule? { rules.first { $0.code == code } }
}
