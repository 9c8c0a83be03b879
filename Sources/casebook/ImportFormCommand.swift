import ArgumentParser
import Casebook
import CasebookContent
import CasebookForms
import CasebookSupport

struct ImportFormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Create one case or region file from each filled-in 申报书 (.docx, .doc, .wps, .odt, .rtf).",
        discussion: """
            Fields are found by their labels, wherever the form puts them. Ticked
            boxes (☑ ■ √ ✓ ☒, Word checkboxes) and options written out are read.
            The narrative keeps its headings, bold and italic, lists, tables,
            images (into content/media/<slug>/) and footnotes. Contacts go into
            the private contact block only. .doc, .wps, .odt and .rtf are
            converted with LibreOffice when it is installed.

            Each form gets a summary line of what it filled and what it lacks. A
            form that cannot be read is reported by name and leaves nothing
            behind; no existing file is ever replaced. See docs/forms.md.

            Examples:
              casebook import form 申报书/                      every form in the folder
              casebook import form 某公司.docx 湖南.wps --status publicity
              casebook import form forms/ --source ~/showcase --rename
            """
    )

    @Argument(help: "Filled-in forms, or folders of them.") var inputs: [String]
    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "The status of imported cases: recommended, publicity or selected.") var status: String = CaseStatus.recommended.rawValue
    @Flag(help: "Import a case whose file name is taken under a numbered name (-2, -3 …) instead of refusing it.") var rename = false
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
                console.say(Message("importForm.created", ["form": "\(form)", "path": "\(path)", "summary": "\(summary)"]))
            case .failed(let failure): console.error(failure)
            }
        }
        console.say(Message("importForm.summary", ["created": "\(outcome.created)", "total": "\(outcome.results.count)"]))
        if outcome.failed > 0 { throw ExitCode(1) }
    }
}
