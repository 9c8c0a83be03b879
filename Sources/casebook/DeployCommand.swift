import ArgumentParser
import Casebook
import CasebookDeploy
import CasebookSupport
import Foundation

struct DeployCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: Help.text("help.deploy.abstract"),
        discussion: Help.text("help.deploy.discussion")
    )

    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Option(help: ArgumentHelp(Help.text("help.deploy.output"))) var output = "public"
    @Option(help: ArgumentHelp(Help.text("help.deploy.target"))) var target: String?
    @Flag(help: ArgumentHelp(Help.text("help.deploy.dryRun"))) var dryRun = false
    @Option(help: ArgumentHelp(Help.text("help.deploy.maxDeletes"))) var maxDeletes = 256
    @Flag(help: ArgumentHelp(Help.text("help.deploy.force"))) var force = false
    @Flag(help: ArgumentHelp(Help.text("help.deploy.deleteUnknown"))) var deleteUnknown = false
    @Option(help: ArgumentHelp(Help.text("help.deploy.changedUrls"))) var changedUrls: String?
    @Option(help: ArgumentHelp(Help.text("help.deploy.concurrency"))) var concurrency = 8
    @Flag(help: ArgumentHelp(Help.text("help.deploy.quiet"))) var quiet = false
    @OptionGroup var language: LanguageOption

    func run() async throws {
        let console = language.console(source: source, quiet: quiet)
        let (config, chosen) = try DeploySetup.resolve(source: source, target: target, console: console)
        var options = DeployOptions()
        options.output = output
        options.dryRun = dryRun
        options.force = force
        options.deleteUnknown = deleteUnknown
        options.maxDeletes = max(0, maxDeletes)
        options.concurrency = max(1, concurrency)
        options.changedURLsFile = changedUrls
        do {
            let credentials = try CredentialResolver().credentials(for: chosen)
            let report = try await Deployer(target: chosen, credentials: credentials, baseURL: config.baseURL)
                .run(options, progress: DeployConsoleProgress(console: console))
            console.clearProgress()
            console.summary(dryRun ? .dryRun : .ok, report.summary, to: .standardOutput)
        } catch let error as DeployError {
            console.clearProgress()
            console.error(error)
            throw ExitCode(1)
        }
    }
}
