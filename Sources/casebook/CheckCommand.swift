import ArgumentParser
import Casebook
import CasebookSupport
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find every mistake in the content without writing anything.",
        discussion: """
            Reads site.yaml, every case, region, page and data file, the theme's templates and every link in the Markdown bodies, and prints each problem on standard output as `file:line:column: error[CODE]: message; how to fix it`, sorted by file and line, then a summary line. docs/diagnostics.md explains every code.

            Exit code: 0 when there is no error, 1 when there is one (with --strict: any warning too), 2 when the command itself is wrong (no site.yaml, an unknown format).

            Examples:
              casebook check
              casebook check --source ~/showcase --strict
              casebook check --drafts          # are the drafts ready to publish?
              casebook check --format json > problems.json
            """
    )

    /// How the report is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "text (compiler-style lines) or json (for CI and editors).") var format: String = Format.text.rawValue
    @Flag(help: "Treat warnings as errors.") var strict = false
    @OptionGroup var language: LanguageOption
    @Flag(help: "Check drafts as if they were published: their missing fields and 【待填写：…】 placeholders become errors.") var drafts = false

    func run() throws {
        let console = language.console(source: source)
        guard let format = Format(rawValue: format) else {
            console.error(Message("check.unknownFormat", ["format": "\(format)"]))
            throw ExitCode(2)
        }
        let found: [Diagnostic]
        do {
            found = try SiteBuilder().diagnostics(source: source, options: BuildOptions(drafts: drafts), hosting: true)
        } catch {
            console.error(error)
            throw ExitCode(2)
        }
        let diagnostics = strict ? found.strict() : found
        let failed = diagnostics.hasErrors
        switch format {
        case .json:
            console.write(Console.json(diagnostics, strict: strict, failed: failed, language: console.language), to: .standardOutput)
        case .text:
            console.report(diagnostics, to: .standardOutput)
            let strictNote = strict && found.counts.warnings > 0 ? Message("check.strictNote") : nil
            let counted = Console.count(diagnostics)
            let line = strictNote.map { Message("untranslated.pair", ["first": .message(counted), "second": .message($0)]) } ?? counted
            console.summary(failed ? .error : .ok, line, to: .standardOutput)
        }
        if failed { throw ExitCode(1) }
    }
}
