import ArgumentParser
import Casebook
import CasebookSupport
import CasebookVerify
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: Help.text("help.verify.abstract"),
        discussion: Help.text("help.verify.discussion")
    )

    @Argument(help: ArgumentHelp(Help.text("help.verify.site"))) var site = "public"
    @Flag(help: ArgumentHelp(Help.text("help.verify.quiet"))) var quiet = false
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console(quiet: quiet)
        guard LocalFileSystem().isDirectory(site) else {
            console.error(Message("verify.noFolder", ["site": "\(site)"]))
            throw ExitCode(2)
        }
        let start = DispatchTime.now()
        let diagnostics = SiteVerifier().verify(site)
        console.report(diagnostics)
        let counted = Console.count(diagnostics)
        console.say(Message(diagnostics.hasErrors ? "verify.problems" : "verify.clean", ["count": .message(counted), "time": "\(elapsed(since: start))"]))
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
