import ArgumentParser
import Casebook
import CasebookExport
import CasebookSupport
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create content from paperwork.",
        discussion: """
            Examples:
              casebook import summary 推荐汇总表.xlsx --year 2023
              casebook import form 申报书/
            """,
        subcommands: [ImportSummaryCommand.self, ImportFormCommand.self]
    )
}

struct ImportSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Create one case file per row of a filled-in recommendation summary table (推荐汇总表).",
        discussion: """
            Reads a .csv (UTF-8 or GB 18030, as Excel saves it) or an .xlsx workbook. The header row is
            found by its Chinese headings (序号, 案例名称, 申报单位, 企业类型, 所属行业, 企业定级, 所在地区,
            推荐单位, 联系人, 联系电话; 年度 too); other columns are reported and left out. Each row becomes
            content/cases/<year>/<pinyin of the enterprise>-<year>.md with status: recommended, so it is not
            published until you complete it and mark it publicity or selected. An existing file is never
            replaced: its row is reported and skipped, so importing the same table twice changes nothing.
            Contact details go into the file's private contact block, which is never published.

            Examples:
              casebook import summary 推荐汇总表.xlsx --year 2023
              casebook import summary summary-2022.csv --source ~/showcase
            """
    )

    @Argument(help: "The table: a .csv or .xlsx file.") var file: String
    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "The year of the cases, for tables that do not say it in a 年度 column or their title.") var year: Int?
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
        for (row, note) in outcome.warnings { console.summary(.warning, Message("import.rowNote", ["row": "\(row)", "note": .message(note)]), to: .standardError) }
        console.say(Message("import.summary", ["created": "\(outcome.created.count)", "skipped": "\(outcome.skipped.count)"]))
    }
}
