import ArgumentParser
import Casebook
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find every mistake in the content without writing anything.",
        discussion: """
        Prints each problem as file:line:column with a rule code and what would be right,
        sorted by file and line. Exit code 0 when there is no error, 1 otherwise.

        Examples:
          casebook check
          casebook check --source ~/showcase --strict
        """
    )

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Flag(help: "Treat warnings as errors.") var strict = false

    func run() throws {
        let console = Console(quiet: false)
        let start = DispatchTime.now()
        let result: SiteBuilder.Result
        do {
            result = try SiteBuilder().render(source: source)
        } catch {
            console.error("\(error)")
            throw ExitCode(2)
        }
        console.report(result.diagnostics)
        let failed = result.diagnostics.hasErrors || (strict && !result.diagnostics.isEmpty)
        console.say("\(failed ? "Problems found" : "No errors"): \(Console.count(result.diagnostics)) in \(elapsed(since: start)).")
        if failed { throw ExitCode(1) }
    }
}
