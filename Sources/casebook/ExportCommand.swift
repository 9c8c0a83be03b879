import ArgumentParser
import Casebook
import CasebookExport
import CasebookSupport
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Help.text("help.export.abstract"),
        discussion: Help.text("help.export.discussion"),
        subcommands: [ExportSummaryCommand.self]
    )
}

struct ExportSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: Help.text("help.exportSummary.abstract"),
        discussion: Help.text("help.exportSummary.discussion")
    )

    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(help: ArgumentHelp(Help.text("help.exportSummary.year"))) var year: Int?
    @Option(help: ArgumentHelp(Help.text("help.exportSummary.region"))) var region: String?
    @Option(help: ArgumentHelp(Help.text("help.exportSummary.format"))) var format: SummaryExport.Format?
    @Flag(help: ArgumentHelp(Help.text("help.exportSummary.includePrivate"))) var includePrivate = false
    @Option(name: [.short, .long], help: ArgumentHelp(Help.text("help.exportSummary.output")))
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
