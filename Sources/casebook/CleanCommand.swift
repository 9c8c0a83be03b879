import ArgumentParser
import Casebook
import CasebookSupport
import Foundation

struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the build cache, so that the next build reads and renders everything.",
        discussion: """
            casebook build keeps what it parsed and rendered in .casebook/cache/ in the site folder, so that a
            rebuild does only what changed. The cache can never make a build different, only faster; remove it
            to free the disk space, or when you want a build to start from nothing. The built site (public/) is
            left alone: delete that folder yourself if you want it gone too.

            Examples:
              casebook clean
              casebook clean --source ~/showcase
            """
    )

    @Option(help: "The site folder, holding site.yaml.") var source = "."
    @Flag(help: "Print nothing but errors.") var quiet = false

    func run() throws {
        let console = Console(quiet: quiet)
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        guard LocalFileSystem().isFile(root + "/site.yaml") else {
            console.error("\(source) holds no site.yaml, so it is not a site folder; give the site folder with --source")
            throw ExitCode(2)
        }
        do {
            let removed = try BuildCache.clean(site: root)
            console.say(removed ? "Removed the build cache \(BuildCache.folder)/cache/ of \(source)." : "\(source) has no build cache; nothing to remove.")
        } catch {
            console.error("could not remove \(BuildCache.folder)/cache/ of \(source): \(error)")
            throw ExitCode(1)
        }
    }
}
