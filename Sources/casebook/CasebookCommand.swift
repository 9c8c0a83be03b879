import ArgumentParser
import Casebook
import CasebookSupport

struct CasebookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casebook",
        abstract: Help.text("help.casebook.abstract"),
        discussion: Help.text("help.casebook.discussion"),
        version: CasebookVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, VerifyCommand.self, NewCommand.self, ExportCommand.self, ImportCommand.self, ServeCommand.self,
            BookCommand.self, CleanCommand.self,
            DeployCommand.self,
        ]
    )
}
