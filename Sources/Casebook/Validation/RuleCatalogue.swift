import CasebookSupport

/// Every diagnostic code Casebook reports, with its severity and a one-line title. The codes are
/// stable: editors and CI scripts may match on them. docs/diagnostics.md explains each one with an
/// example; a test keeps the two in step.
public enum RuleCatalogue {
    /// One rule: a stable code, how bad a breach is, and what it is about.
    public struct Rule: Sendable, Hashable {
        /// `CB` and four digits (`CB0101`); stable across releases.
        public let code: String
        /// Whether a breach fails the build or only warns.
        public let severity: Diagnostic.Severity
        /// What the rule is about, in a few words.
        public let title: String
    }

    /// Every rule that a diagnostic may carry.
    public static let rules: [Rule] = [
        Rule(code: "CB0001", severity: .error, title: "YAML or JSON syntax error"),
        Rule(code: "CB0002", severity: .error, title: "front matter missing or never closed"),
        Rule(code: "CB0003", severity: .error, title: "file is not valid UTF-8"),
        Rule(code: "CB0004", severity: .error, title: "file could not be read"),
        Rule(code: "CB0101", severity: .error, title: "required field missing or empty"),
        Rule(code: "CB0102", severity: .error, title: "value of the wrong type or out of range"),
        Rule(code: "CB0103", severity: .error, title: "unknown value of a closed list (enterprise_type, grade, steps, awards, status …)"),
        Rule(code: "CB0104", severity: .error, title: "unknown unit"),
        Rule(code: "CB0105", severity: .error, title: "unknown key"),
        Rule(code: "CB0106", severity: .error, title: "invalid slug"),
        Rule(code: "CB0107", severity: .error, title: "duplicate slug"),
        Rule(code: "CB0108", severity: .error, title: "unsafe URL (javascript:, data:, vbscript:, file:)"),
        Rule(code: "CB0109", severity: .error, title: "invalid date"),
        Rule(code: "CB0110", severity: .error, title: "cover image missing or outside content/media/"),
        Rule(code: "CB0111", severity: .warning, title: "web address without https://"),
        Rule(code: "CB0120", severity: .error, title: "symbolic link out of the site folder"),
        Rule(code: "CB0121", severity: .warning, title: "file not used by the site"),
        Rule(code: "CB0130", severity: .error, title: "two terms share one pinyin folder name"),
        Rule(code: "CB0140", severity: .error, title: "Markdown link to a page or content file that does not exist"),
        Rule(code: "CB0141", severity: .error, title: "Markdown link or image to a media file that does not exist"),
        Rule(code: "CB0142", severity: .warning, title: "Markdown link to an entry this build does not publish"),
        Rule(code: "CB0143", severity: .warning, title: "Markdown link with a scheme that is never published"),
        Rule(code: "CB0150", severity: .error, title: "scaffold placeholder 【待填写：…】 still in an entry that is not a draft"),
        Rule(code: "CB0151", severity: .warning, title: "draft unfinished: fields missing or still placeholders (an error with --drafts)"),
        Rule(code: "CB0152", severity: .error, title: "year not among the campaign's years in site.yaml"),
        Rule(code: "CB0153", severity: .warning, title: "year before the campaign or later than the entry's own dates"),
        Rule(code: "CB0154", severity: .warning, title: "raw HTML left out of the page (markdown.unsafe is off)"),
        Rule(code: "CB0155", severity: .warning, title: "published entry with an empty body"),
        Rule(code: "CB0156", severity: .warning, title: "image larger than images.max_kb"),
        Rule(code: "CB0157", severity: .warning, title: "404 page works only at the top level (no base_url or base_path)"),
        Rule(code: "CB0158", severity: .error, title: "404 page links do not resolve when served from a deep path (casebook verify)"),
        Rule(code: "CB0201", severity: .error, title: "two region files for one unit and year"),
        Rule(code: "CB0202", severity: .error, title: "rank on a region without the overall award"),
        Rule(code: "CB0203", severity: .warning, title: "region file not named <year>-<unit>.md"),
        Rule(code: "CB0220", severity: .error, title: "ranks of a ranked list do not run 1…n in a year"),
        Rule(code: "CB0221", severity: .warning, title: "rank given where site.yaml declares no ranked list (not shown)"),
        Rule(code: "CB0210", severity: .warning, title: "more cases than the quota allows"),
        Rule(code: "CB0211", severity: .warning, title: "summary longer than 300 characters"),
        Rule(code: "CB0212", severity: .warning, title: "participation numbers disagree or repeat"),
        Rule(code: "CB0301", severity: .error, title: "theme does not exist"),
        Rule(code: "CB0302", severity: .error, title: "template syntax error"),
        Rule(code: "CB0303", severity: .error, title: "theme strings missing or unreadable"),
        Rule(code: "CB0304", severity: .error, title: "template missing"),
        Rule(code: "CB0401", severity: .error, title: "built page loads a resource from another host (casebook verify)"),
        Rule(code: "CB0402", severity: .error, title: "built page links to a file that does not exist (casebook verify)"),
        Rule(code: "CB0403", severity: .warning, title: "built page has a root-absolute link (casebook verify)"),
        Rule(code: "CB0404", severity: .error, title: "built page links to an unsafe URL (casebook verify)"),
        Rule(code: "CB0405", severity: .error, title: "built page links to an anchor the target lacks (casebook verify)"),
        Rule(code: "CB0501", severity: .error, title: "deploy credential written in site.yaml"),
        Rule(code: "CB0502", severity: .error, title: "unknown deploy provider"),
        Rule(code: "CB0503", severity: .error, title: "deploy addressing the provider does not accept"),
        Rule(code: "CB0504", severity: .error, title: "deploy endpoint or region missing or malformed"),
        Rule(code: "CB0505", severity: .error, title: "deploy target name invalid or used twice"),
        Rule(code: "CB0506", severity: .error, title: "deploy matcher unusable"),
        Rule(code: "CB0507", severity: .warning, title: "deploy endpoint over plain http://"),
    ]

    /// The rule with this code.
    public static func rule(_ code: String) -> Rule? { rules.first { $0.code == code } }
}
