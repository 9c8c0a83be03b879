import ArgumentParser
import Casebook
import CasebookDeploy
import CasebookSupport
import Foundation

struct DeployCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Publish the built site to S3-compatible object storage (OSS, COS, OBS, Kodo, S3, MinIO).",
        discussion: """
            Uploads what changed since the last deploy to a target of the `deploy:` list in site.yaml, in a safe order (assets and search shards, then pages, then the home page and search manifest), and deletes what the site no longer has only after every upload succeeded. Objects Casebook did not write are kept. Credentials come from CASEBOOK_DEPLOY_<NAME>_ACCESS_KEY_ID / _SECRET_ACCESS_KEY, the target's `profile:` in ~/.aws/credentials, or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY — never from site.yaml. docs/deploy.md shows each provider.

            Exit code: 0 when deployed, 1 when the deploy failed (nothing was deleted), 2 when the command or site.yaml is wrong.

            Examples:
              casebook deploy                          public/ to the first target
              casebook deploy --target oss --dry-run   what would change; changes nothing
              casebook deploy --changed-urls urls.txt  and the URLs to refresh on the CDN
              casebook deploy --max-deletes 2000       allow a large removal
            """
    )

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Option(help: "The built site to publish.") var output = "public"
    @Option(help: "The name of a target in site.yaml's `deploy:` list (default: the first).") var target: String?
    @Flag(help: "List what would be uploaded and deleted, change nothing.") var dryRun = false
    @Option(help: "Delete at most this many objects; over it, uploads happen and deletes are skipped.") var maxDeletes = 256
    @Flag(help: "Upload every file, and delete without the --max-deletes cap.") var force = false
    @Flag(help: "Also delete objects under the prefix that Casebook did not write.") var deleteUnknown = false
    @Option(help: "Write the URLs of changed and deleted pages to this file, for a CDN refresh.") var changedUrls: String?
    @Option(help: "Requests in flight at once.") var concurrency = 8
    @Flag(help: "Print only errors and warnings.") var quiet = false
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
            console.summary(dryRun ? .dryRun : .ok, Message("untranslated", ["text": "\(report.summary)"]), to: .standardOutput)
        } catch let error as DeployError {
            console.clearProgress()
            console.error(error)
            throw ExitCode(1)
        }
    }
}
