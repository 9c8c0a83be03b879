import ArgumentParser
import Casebook
import CasebookExport
import CasebookSupport
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Help.text("help.import.abstract"),
        discussion: Help.text("help.import.discussion"),
        subcommands: [ImportSummaryCommand.self, ImportFormCommand.self]
    )
}

struct ImportSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: Help.text("help.importSummary.abstract"),
        discussion: Help.text("help.importSummary.discussion")
    )

    @Argument(help: ArgumentHelp(Help.text("help.importSummary.file"))) var file: String
    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(help: ArgumentHelp(Help.text("help.importSummary.year"))) var year: Int?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console(source: source)
        let outcome: SummaryImport.Outcome
        do {
            let table = try SummaryImport.table(at: file)
            outcome = try SummaryImport(root: source, year: year).run(table)
        } catch {
            console.error(error)
            throw ExitCode(2)
        }
        for column in outcome.unknownColumns { console.summary(.warning, Message("import.unknownColumn", ["column": "\(column)"]), to: .standardError) }
        for (row, path) in outcome.created { console.say(Message("import.created", ["row": "\(row)", "path": "\(path)"])) }
        for (row, reason) in outcome.skipped {
            console.summary(.warning, Message("import.skipped", ["row": "\(row)", "reason": .message(reason)]), to: .standardError)
        }
        for (row, note) in outcome.warnings {
            console.summary(.warning, Message("import.rowNote", ["row": "\(row)", "note": .message(note)]), to: .standardError)
        }
        console.say(Message("import.summary", ["created": "\(outcome.created.count)", "skipped": "\(outcome.skipped.count)"]))
    }
}
