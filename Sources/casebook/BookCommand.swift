import ArgumentParser
import Casebook
import CasebookSupport
import Foundation

struct BookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Make the compilation book (案例汇编): one print-ready document, and a PDF with --pdf.",
        discussion: """
            Writes book/index.html into the output folder, beside the built site: a cover, the preface
            (the page named by book.preface in site.yaml, else preface or about), the contents, the
            outstanding regions, every published case on pages of its own, and an index by unit and by
            industry, laid out for A4 paper. Only what the site publishes goes in; contact details never do.
            With --pdf, headless Chromium prints it, with page numbers in the contents.
            Set `book: { enabled: true }` in site.yaml to make the book on every build and link it from the site.

            Examples:
              casebook book
              casebook book --pdf 案例汇编.pdf
              casebook book --year 2023 --group-by unit --output dist --pdf dist/2023.pdf
              casebook book --type platform --region 湖南
            """
    )

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(name: [.short, .long], help: "The folder to write book/ into (default: public/ inside the site folder).") var output: String?
    @Option(help: ArgumentHelp("Also print the book to this PDF file with headless Chromium.", valueName: "file.pdf")) var pdf: String?
    @Option(help: "Only cases (and outstanding regions) of this year.") var year: Int?
    @Option(help: "Only this unit, by id, code, full or short name (hunan, 430000, 湖南省, 湖南).") var region: String?
    @Option(help: "Only cases of this enterprise type (networked_industrial, platform, identifier_resolution or the Chinese label).") var type: String?
    @Option(help: ArgumentHelp("Group each year's cases by enterprise type or by unit (default: book.group_by, else type).", valueName: "type|unit"))
    var groupBy: String?
    @Flag(help: "Also include entries marked draft: true.") var drafts = false
    @Flag(help: "Also include cases with status: recommended.") var includeRecommended = false
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
