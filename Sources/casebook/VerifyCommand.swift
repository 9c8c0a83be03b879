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

    func run() throws {
        let console = Console(quiet: quiet)
        guard LocalFileSystem().isDirectory(site) else {
            console.error("No folder \(site). Build the site first with `casebook build`, or name the output folder.")
            throw ExitCode(2)
        }
        let start = DispatchTime.now()
        let diagnostics = SiteVerifier().verify(site)
        console.report(diagnostics)
        console.say(
            "\(diagnostics.hasErrors ? "Problems found" : "No broken link, no missing asset, no request to another host"): \(Console.count(diagnostics)) in \(elapsed(since: start))."
        )
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
