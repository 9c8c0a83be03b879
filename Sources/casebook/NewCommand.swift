import ArgumentParser
import Casebook
import CasebookExport
import CasebookSupport
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a case, an outstanding region or a whole site from a commented template.",
        discussion: """
            Every field is written out with a Chinese comment saying what it holds; nothing that exists is replaced.

            Examples:
              casebook new site myshowcase
              casebook new case hunan-chemical-grading --region 湖南 --year 2023
              casebook new region 湖南 --year 2023
              casebook new form case -o 申报书.docx
            """,
        subcommands: [NewCaseCommand.self, NewRegionCommand.self, NewSiteCommand.self, NewFormCommand.self]
    )

    /// This year in China, for new content when no year is given.
    static var currentYear: Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        return calendar.component(.year, from: Date())
    }

    /// Runs a scaffolding step, turning its failure into a message on `console` and exit code 1.
    static func attempt<T>(_ console: Console, _ body: () throws -> T) throws -> T {
        do { return try body() } catch {
            console.error(error)
            throw ExitCode(1)
        }
    }
}

struct NewCaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Write content/cases/<year>/NAME.md, a draft listing every field of a case.",
        discussion: """
            NAME is the file name (letters, digits, hyphens), or a Chinese title, which is then spelt in pinyin.
            The file is a draft (draft: true): it is not published until you set draft: false.

            Examples:
              casebook new case hunan-chemical-grading --region 湖南 --year 2023
              casebook new case 某化工集团分类分级管理实践 --source ~/showcase
            """
    )

    @Argument(help: "The case's file name, or its Chinese title.") var name: String
    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "The year (default: the newest year in the site, else this year).") var year: Int?
    @Option(help: "The unit: id, code, full or short name.") var region: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console(source: source)
        let year = year ?? NewContent.defaultYear(root: source, fallback: NewCommand.currentYear)
        let path = try NewCommand.attempt(console) { try NewContent.newCase(name, root: source, year: year, region: region) }
        console.say(Message("new.case.created", ["path": "\(path)"]))
    }
}

struct NewRegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region",
        abstract: "Write content/regions/<year>-<unit>.md listing every field of an outstanding region.",
        discussion: """
            Regions have no draft state, so the file starts without awards and summary: casebook check
            reports them until you fill them in, and no award is published that was not given.

            Examples:
              casebook new region 湖南 --year 2023
              casebook new region shenzhen --source ~/showcase
            """
    )

    @Argument(help: "The unit: id, code, full or short name (hunan, 430000, 湖南省, 湖南).") var name: String
    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "The year (default: the newest year in the site, else this year).") var year: Int?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console(source: source)
        let year = year ?? NewContent.defaultYear(root: source, fallback: NewCommand.currentYear)
        let path = try NewCommand.attempt(console) { try NewContent.newRegion(name, root: source, year: year) }
        console.say(Message("new.region.created", ["path": "\(path)"]))
    }
}

struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Create a site folder: site.yaml, the content folders and one sample case.",
        discussion: """
            Examples:
              casebook new site myshowcase && casebook build --source myshowcase
              casebook new site showcase-2023 --source ~/sites --year 2023
            """
    )

    @Argument(help: "The new folder.") var name: String
    @Option(help: "Where to create it.") var source = "."
    @Option(help: "The year of the sample case (default: this year).") var year: Int?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console()
        let folder = source == "." ? name : source + "/" + name
        let files = try NewCommand.attempt(console) { try NewContent.newSite(folder, year: year ?? NewCommand.currentYear) }
        for file in files { console.say(Message("new.site.file", ["path": "\(folder)/\(file)"])) }
        console.say(Message("new.site.next", ["folder": "\(folder)"]))
    }
}
