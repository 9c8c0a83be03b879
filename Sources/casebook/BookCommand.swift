import ArgumentParser
import Casebook
import CasebookBook
import CasebookPages
import CasebookSupport
import Foundation

struct BookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: Help.text("help.book.abstract"),
        discussion: Help.text("help.book.discussion")
    )

    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(name: [.short, .long], help: ArgumentHelp(Help.text("help.book.output"))) var output: String?
    @Option(help: ArgumentHelp(Help.text("help.book.pdf"), valueName: "file.pdf")) var pdf: String?
    @Option(help: ArgumentHelp(Help.text("help.book.year"))) var year: Int?
    @Option(help: ArgumentHelp(Help.text("help.book.region"))) var region: String?
    @Option(help: ArgumentHelp(Help.text("help.book.type"))) var type: String?
    @Option(help: ArgumentHelp(Help.text("help.book.groupBy"), valueName: "type|unit"))
    var groupBy: String?
    @Flag(help: ArgumentHelp(Help.text("help.book.drafts"))) var drafts = false
    @Flag(help: ArgumentHelp(Help.text("help.book.includeRecommended"))) var includeRecommended = false
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console(source: source)
        let selection: BookSelection
        do { selection = try BookSelection(year: year, region: region, type: type, groupBy: groupBy) } catch {
            console.error(error)
            throw ExitCode(2)
        }
        let browser = pdf == nil ? nil : BookPrinter.findBrowser()
        if pdf != nil, browser == nil {
            console.error(Message("book.cannotPrint", ["reason": .message(BookPrinter.missingBrowserMessage)]))
            throw ExitCode(2)
        }
        let outputPath = output ?? (source == "." ? "public" : source + "/public")
        let options = BuildOptions(drafts: drafts, includeRecommended: includeRecommended)
        let result: BookBuilder.Result
        do {
            result = try BookBuilder().render(source: source, options: options, selection: selection)
            console.report(result.diagnostics)
            guard let book = result.book else {
                console.error(Message("common.nothingWritten", ["count": .message(Console.count(result.diagnostics))]))
                throw ExitCode(1)
            }
            try book.write(to: outputPath)
            let counts: [String: Message.Argument] = [
                "cases": .message(.counted("book.cases", book.caseCount)), "regions": .message(.counted("book.regions", book.regionCount)),
            ]
            console.say(Message("book.wrote", counts.merging(["path": "\(outputPath)"]) { given, _ in given }))
            if let pdf, let browser {
                let report = try BookPrinter(browser: browser).print(book, writtenTo: outputPath, pdf: pdf)
                let pages = report.pageCount.map { Message("book.pages", ["count": "\($0)"]) } ?? Message("book.pagesUncounted")
                let numbers = Message(report.numbered ? "book.numbered" : "book.unnumbered")
                console.say(Message("book.printed", ["pdf": "\(pdf)", "pages": .message(pages), "numbers": .message(numbers)]))
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            console.error(error)
            throw ExitCode(2)
        }
    }
}
