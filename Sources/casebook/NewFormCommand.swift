import ArgumentParser
import CasebookForms
import CasebookSupport

struct NewFormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: Help.text("help.newForm.abstract"),
        discussion: Help.text("help.newForm.discussion")
    )

    @Argument(help: ArgumentHelp(Help.text("help.newForm.kind"))) var kind: FormKind
    @Option(name: .shortAndLong, help: ArgumentHelp(Help.text("help.newForm.output"))) var output: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console()
        let path = output ?? (kind == .caseForm ? "典型案例申报书.docx" : "成效突出地区申报书.docx")
        try NewCommand.attempt(console) { try BlankForm(kind).write(to: path) }
        console.say(Message("new.form.created", ["path": "\(path)"]))
    }
}

extension FormKind: ExpressibleByArgument {}
