import ArgumentParser
import Casebook
import CasebookExport
import CasebookSupport
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: Help.text("help.new.abstract"),
        discussion: Help.text("help.new.discussion"),
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
        abstract: Help.text("help.newCase.abstract"),
        discussion: Help.text("help.newCase.discussion")
    )

    @Argument(help: ArgumentHelp(Help.text("help.newCase.name"))) var name: String
    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(help: ArgumentHelp(Help.text("help.newCase.year"))) var year: Int?
    @Option(help: ArgumentHelp(Help.text("help.newCase.region"))) var region: String?
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
        abstract: Help.text("help.newRegion.abstract"),
        discussion: Help.text("help.newRegion.discussion")
    )

    @Argument(help: ArgumentHelp(Help.text("help.newRegion.name"))) var name: String
    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(help: ArgumentHelp(Help.text("help.newRegion.year"))) var year: Int?
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
        abstract: Help.text("help.newSite.abstract"),
        discussion: Help.text("help.newSite.discussion")
    )

    @Argument(help: ArgumentHelp(Help.text("help.newSite.name"))) var name: String
    @Option(help: ArgumentHelp(Help.text("help.newSite.source"))) var source = "."
    @Option(help: ArgumentHelp(Help.text("help.newSite.year"))) var year: Int?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console()
        let folder = source == "." ? name : source + "/" + name
        let files = try NewCommand.attempt(console) { try NewContent.newSite(folder, year: year ?? NewCommand.currentYear) }
        for file in files { console.say(Message("new.site.file", ["path": "\(folder)/\(file)"])) }
        console.say(Message("new.site.next", ["folder": "\(folder)"]))
    }
}
