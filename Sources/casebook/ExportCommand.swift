import ArgumentParser
import Casebook
import CasebookExport
import CasebookSupport
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export paperwork made from the content.",
        discussion: """
            Examples:
              casebook export summary --year 2022 --format xlsx
              casebook export summary --region 湖南 --output 湖南推荐汇总表.csv
            """,
        subcommands: [ExportSummaryCommand.self]
    )
}

struct ExportSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Write the recommendation summary table (推荐汇总表) as CSV or an Excel workbook.",
        discussion: """
            One row per case (drafts left out), in official unit order, with the columns of the official
            form: 序号, 案例名称, 申报单位, 企业类型, 所属行业, 企业定级, 所在地区, 推荐单位. The CSV is
            UTF-8 with a byte-order mark, so Excel and WPS show the Chinese correctly; the .xlsx opens in
            Excel, WPS and LibreOffice. With --include-private the contact person and phone number of each
            case are added: such a file holds private data and must never be published.

            Examples:
              casebook export summary --year 2022 --format xlsx
              casebook export summary --year 2023 --region hunan --output 湖南-2023.csv
              casebook export summary --year 2022 --include-private --output 内部-推荐汇总表.xlsx
              casebook export summary -o 全部年度.xlsx      # every year, with 年度: imports back without --year
              casebook export summary --format csv --output - | head
            """
    )

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "Only cases of this year.") var year: Int?
    @Option(help: "Only cases of this unit: id, code, full or short name (hunan, 430000, 湖南省, 湖南).") var region: String?
    @Option(help: "csv or xlsx; must agree with the --output extension, which alone is enough (default: csv).") var format: SummaryExport.Format?
    @Flag(help: "Add 联系人 and 联系电话 (private: never publish the file).") var includePrivate = false
    @Option(name: [.short, .long], help: "The file to write (.csv or .xlsx), or - for standard output (CSV only). Default: summary[-YEAR][-UNIT].csv|xlsx.")
    var output: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console(source: source)
        let export = SummaryExport(source: source, year: year, region: region, includePrivate: includePrivate)
        let chosen: SummaryExport.Format
        do { chosen = try SummaryExport.format(output: output, format: format) } catch let failure as SummaryExport.Failure {
            console.error(failure)
            throw ExitCode(2)
        }
        let table: SummaryTable
        do { table = try export.table() } catch let failure as SummaryExport.Failure {
            console.report(failure.diagnostics)
            console.error(failure)
            throw ExitCode(failure.diagnostics.isEmpty ? 2 : 1)
        } catch {
            console.error(error)
            throw ExitCode(2)
        }
        let bytes = chosen == .xlsx ? try table.xlsx() : table.csv()
        let path = output ?? export.defaultFileName(chosen)
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        if includePrivate { console.summary(.warning, Message("export.private", ["path": "\(path)"]), to: .standardError) }
        console.say(Message("export.wrote", ["count": "\(table.rows.count)", "path": "\(path)"]))
    }
}

extension SummaryExport.Format: ExpressibleByArgument {}
