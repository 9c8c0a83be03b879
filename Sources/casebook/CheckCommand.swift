import ArgumentParser
import Casebook
import CasebookPages
import CasebookSupport
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Help.text("help.check.abstract"),
        discussion: Help.text("help.check.discussion")
    )

    /// How the report is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(help: ArgumentHelp(Help.text("help.check.format"))) var format: String = Format.text.rawValue
    @Flag(help: ArgumentHelp(Help.text("help.check.strict"))) var strict = false
    @OptionGroup var language: LanguageOption
    @Flag(help: ArgumentHelp(Help.text("help.check.drafts"))) var drafts = false

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
