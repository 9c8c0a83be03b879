import ArgumentParser
import Casebook
import CasebookSupport
import CasebookVerify
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a built site: broken internal links, missing assets, requests to other hosts.",
        discussion: """
            Reads the output folder as a browser would and reports each problem as file:line:column.
            Links that a reader may follow to another site are fine; anything the browser would load
            from another host (scripts, styles, images, fonts) is an error. Exit code 1 when an error is found.

            Examples:
              casebook verify public
              casebook build && casebook verify public
            """
    )

    @Argument(help: "The built site folder.") var site = "public"
    @Flag(help: "Print nothing but problems.") var quiet = false
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
