import Foundation

@testable import Casebook
@testable import CasebookSupport
@testable import CasebookValidation

/// docs/diagnostics.md or docs/diagnostics.zh-CN.md, made from its source
/// (Fixtures/diagnostics-doc/<language>.md: the explanations, and the examples of rules that the
/// bad-input corpus does not show), the rule catalogue with its titles in the message catalogue, and
/// the diagnostics the corpus records in that language. In a source, a line `{rule-rows}` becomes one
/// table row per rule; in a `#### CBxxxx` section, `{title}` the rule's title and severity, and
/// `{examples}` the corpus's lines for that code.
struct DiagnosticsDocument {
    /// A source that asks for what does not exist.
    struct SourceError: Error, CustomStringConvertible {
        let description: String
    }

    let language: Language

    /// The generated page.
    var path: String {
        Repository.root + "/docs/diagnostics" + (language == .en ? "" : "." + language.rawValue) + ".md"
    }

    /// What the page is made from besides the catalogues and the corpus.
    var sourcePath: String { Repository.fixtures + "/diagnostics-doc/\(language.rawValue).md" }

    /// The diagnostics the corpus records in this language, by code, in the corpus's order.
    func examples() throws -> [String: [String]] {
        let name = language == .en ? "expected.txt" : "expected.\(language.rawValue).txt"
        var found: [String: [String]] = [:]
        for site in BadInputTests.sites {
            for line in try String(contentsOfFile: BadInputTests.folder + "/" + site + "/" + name, encoding: .utf8).split(separator: "\n") {
                guard let open = line.firstIndex(of: "["), let close = line[open...].firstIndex(of: "]") else { continue }
                found[String(line[line.index(after: open)..<close]), default: []].append(String(line))
            }
        }
        return found
    }

    /// The page as it must be written.
    func text() throws -> String {
        let examples = try examples()
        var lines: [String] = []
        var section: String?
        for line in try String(contentsOfFile: sourcePath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { section = line.hasPrefix("#### CB") ? String(line.dropFirst(5)) : nil }
            switch line {
            case "{rule-rows}":
                lines += RuleCatalogue.rules.map { "| \($0.code) | \(severity($0)) | \($0.title(in: language).replacingOccurrences(of: "|", with: "\\|")) |" }
            case "{examples}":
                guard let code = section, let shown = examples[code] else {
                    throw SourceError(description: "\(sourcePath): {examples} in section \(section ?? "none"), which the corpus does not show")
                }
                lines += Self.fence(shown)
            case "{title}":
                guard let code = section, let rule = RuleCatalogue.rules.first(where: { $0.code == code }) else {
                    throw SourceError(description: "\(sourcePath): {title} in section \(section ?? "none"), which is no rule")
                }
                lines.append(heading(rule))
            default:
                lines.append(String(line))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `error` or `错误`, as the catalogue labels it.
    private func severity(_ rule: RuleCatalogue.Rule) -> String {
        Message("label." + rule.severity.rawValue).text(in: language)
    }

    /// The rule's title in bold, then its severity.
    private func heading(_ rule: RuleCatalogue.Rule) -> String {
        language == .zhCN ? "**\(rule.title(in: language))**（\(severity(rule))）" : "**\(rule.title(in: language))** (\(severity(rule)))"
    }

    private static func fence(_ lines: [String]) -> [String] {
        ["```"] + lines + ["```"]
    }
}
