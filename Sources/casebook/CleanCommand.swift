import ArgumentParser
import Casebook
import CasebookSupport
import Foundation

struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: Help.text("help.clean.abstract"),
        discussion: Help.text("help.clean.discussion")
    )

    @Option(help: ArgumentHelp(Help.text("help.source"))) var source = "."
    @Flag(help: ArgumentHelp(Help.text("help.clean.quiet"))) var quiet = false
    @OptionGroup var language: LanguageOption

    func run() throws {
        let console = language.console(source: source, quiet: quiet)
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        guard LocalFileSystem().isFile(root + "/site.yaml") else {
            console.error(Message("clean.notASite", ["source": "\(source)"]))
            throw ExitCode(2)
        }
        let folder: Message.Argument = "\(BuildCache.folder)"
        do {
            let removed = try BuildCache.clean(site: root)
            console.say(Message(removed ? "clean.removed" : "clean.none", ["folder": folder, "source": "\(source)"]))
        } catch {
            console.error(Message("clean.failed", ["folder": folder, "source": "\(source)", "error": "\(error)"]))
            throw ExitCode(1)
        }
    }
}
