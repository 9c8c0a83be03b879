import ArgumentParser
import Casebook
import CasebookContent
import CasebookForms
import CasebookSupport

struct ImportFormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: Help.text("help.importForm.abstract"),
        discussion: Help.text("help.importForm.discussion")
    )

    @Argument(help: ArgumentHelp(Help.text("help.importForm.inputs"))) var inputs: [String]
    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(help: ArgumentHelp(Help.text("help.importForm.status"))) var status: String = CaseStatus.recommended.rawValue
    @Flag(help: ArgumentHelp(Help.text("help.importForm.rename"))) var rename = false
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console(source: source)
        guard let status = CaseStatus(naming: status) else {
            console.error(Message("importForm.unknownStatus", ["status": "\(status)"]))
            throw ExitCode(2)
        }
        let outcome: FormImportOutcome
        do { outcome = try FormImport(root: source, status: status, rename: rename).run(inputs) } catch {
            console.error(error)
            throw ExitCode(2)
        }
        for result in outcome.results {
            switch result {
            case .created(let form, let path, let summary):
                console.say(Message("importForm.created", ["form": "\(form)", "path": "\(path)", "summary": .message(summary)]))
            case .failed(let failure): console.error(failure)
            }
        }
        console.say(Message("importForm.summary", ["created": "\(outcome.created)", "total": "\(outcome.results.count)"]))
        if outcome.failed > 0 { throw ExitCode(1) }
    }
}
