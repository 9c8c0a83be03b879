import Foundation
import Testing

@testable import Casebook

/// `casebook check` as a process: the report, its JSON form, --strict and the exit codes.
@Suite("casebook check")
struct CheckCommandTests {
    static func site(_ extra: [String: String] = [:]) throws -> TestSite {
        try TestSite(["site.yaml": minimalSiteYAML + "base_path: /\n", "content/cases/a.md": caseFile()].merging(extra) { _, new in new })
    }

    @Test("a clean site exits 0 with a summary")
    func clean() throws {
        let site = try Self.site()
        let outcome = try CasebookProcess.run(["check", "--source", site.root], in: site.root)
        #expect(outcome.status == 0)
        #expect(outcome.output == "ok: 0 errors, 0 warnings\n")
    }

    @Test("every diagnostic at once, sorted by file and line, then the summary; exit 1")
    func errors() throws {
        let site = try Self.site([
            "content/cases/b.md": caseFile("enterprize: x"),
            "content/cases/a.md": caseFile("grade: 四级\nsummary_x: y"),
            "content/cases/c.md": caseFile().replacingOccurrences(of: "一段简介。", with: String(repeating: "长", count: 301)),
        ])
        let outcome = try CasebookProcess.run(["check", "--source", site.root], in: site.root)
        #expect(outcome.status == 1)
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(outcome.output)")
        #expect(lines[0].hasPrefix("content/cases/a.md:9:8: error[CB0103]: unknown grade '四级'"))
        #expect(lines[1].hasPrefix("content/cases/a.md:10:1: error[CB0105]: unknown key 'summary_x'"))
        #expect(lines[2].hasPrefix("content/cases/b.md:9:1: error[CB0105]: unknown key 'enterprize' in a case; did you mean 'enterprise'?"))
        #expect(lines[3].hasPrefix("content/cases/c.md:8:10: warning[CB0211]"))
        #expect(lines[4] == "error: 3 errors, 1 warning")
    }

    @Test("--strict turns warnings into errors")
    func strict() throws {
        let site = try Self.site(["content/cases/notes.txt": "x"])
        let lenient = try CasebookProcess.run(["check", "--source", site.root], in: site.root)
        #expect(lenient.status == 0)
        #expect(lenient.output.hasPrefix("content/cases/notes.txt: warning[CB0121]"))
        let strict = try CasebookProcess.run(["check", "--source", site.root, "--strict"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.output.hasPrefix("content/cases/notes.txt: error[CB0121]"))
        #expect(strict.output.hasSuffix("error: 1 error, 0 warnings (--strict makes warnings errors)\n"))
    }

    @Test("--format json gives every field of every diagnostic and a summary")
    func json() throws {
        let site = try Self.site(["content/cases/b.md": caseFile("year_: 1").replacingOccurrences(of: "湖南省", with: "湖南市")])
        let outcome = try CasebookProcess.run(["check", "--source", site.root, "--format", "json"], in: site.root)
        #expect(outcome.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        let first = diagnostics[0]
        #expect(first["file"] as? String == "content/cases/b.md")
        #expect(first["line"] as? Int == 5)
        #expect(first["column"] as? Int == 9)
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "CB0104")
        #expect((first["message"] as? String)?.contains("湖南市") == true)
        #expect((first["hint"] as? String)?.contains("湖南省 (hunan)") == true)
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 2)
        #expect(summary["warnings"] as? Int == 0)
        #expect(summary["ok"] as? Bool == false)
    }

    @Test("usage errors exit 2: no site.yaml, an unknown format")
    func usage() throws {
        let empty = try TestSite(["README.md": "x"])
        let missing = try CasebookProcess.run(["check", "--source", empty.root], in: empty.root)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("No site.yaml"))
        let site = try Self.site()
        let format = try CasebookProcess.run(["check", "--source", site.root, "--format", "xml"], in: site.root)
        #expect(format.status == 2)
        #expect(format.errors.contains("unknown format 'xml'"))
    }
}

/// Wrong command lines exit 2 on every command, with ArgumentParser's message and usage line.
@Suite("Command-line usage errors")
struct UsageErrorTests {
    @Test(
        "an unknown option, a missing argument or an unknown command exits 2 and says what is wrong",
        arguments: [["build", "--no-such-option"], ["new", "case"], ["frobnicate"], ["check", "--format"]])
    func exitsTwo(_ arguments: [String]) throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML])
        let outcome = try CasebookProcess.run(arguments, in: site.root)
        #expect(outcome.status == 2, "\(arguments): \(outcome.status) \(outcome.errors)")
        #expect(outcome.errors.contains("Error:") || outcome.errors.contains("error:"), "\(outcome.errors)")
    }

    @Test("--help exits 0")
    func help() throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML])
        #expect(try CasebookProcess.run(["build", "--help"], in: site.root).status == 0)
    }
}
