import ArgumentParser
import CasebookForms
import CasebookSupport

struct NewFormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Write a blank 申报书 (.docx) to hand out: the case form (附件1) or the region form (附件3).",
        discussion: """
            The form opens in Word, WPS and LibreOffice and prints on A4: a cover,
            a table of labelled fields (choices as □ boxes to tick), then the
            narrative headings with guidance under each. Collect the filled-in
            forms in a folder and read them with `casebook import form`.

            Examples:
              casebook new form case                      writes 典型案例申报书.docx
              casebook new form region -o 附件3.docx
            """
    )

    @Argument(help: "Which form: case (典型案例申报书) or region (成效突出地区申报书).") var kind: FormKind
    @Option(name: .shortAndLong, help: "The file to write (default: the form's Chinese name, .docx).") var output: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console()
        let path = output ?? (kind == .caseForm ? "典型案例申报书.docx" : "成效突出地区申报书.docx")
        try NewCommand.attempt(console) { try BlankForm(kind).write(to: path) }
        console.say(Message("new.form.created", ["path": "\(path)"]))
    }
}

extension FormKind: ExpressibleByArgument {}
