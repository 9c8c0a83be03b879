import ArgumentParser
import CasebookSupport
import Foundation

/// The entry point: ArgumentParser's own, except that a wrong command line (an unknown option, a
/// missing argument) exits 2 as SPEC §3 says, not with sysexits' 64.
@main
enum Main {
    static func main() async {
        do {
            var command = try CasebookCommand.parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            guard CasebookCommand.exitCode(for: error) == .validationFailure else { CasebookCommand.exit(withError: error) }
            var text = CasebookCommand.fullMessage(for: error) + "\n"
            if Help.language != .en, !text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
                // ArgumentParser's own words are English (our own validation errors are already in the
                // chosen language); a reader of Chinese is told in Chinese what to do.
                text = Message("cli.badCommandLine", ["command": "\(commandPath(CommandLine.arguments))"]).text(in: Help.language) + "\n" + text
            }
            FileHandle.standardError.write(Data(text.utf8))
            Foundation.exit(2)
        }
    }

    /// `casebook` and the subcommands named at the start of `arguments`, as in `casebook new form`.
    static func commandPath(_ arguments: [String]) -> String {
        var path = ["casebook"]
        var commands = CasebookCommand.configuration.subcommands
        for argument in arguments.dropFirst() {
            guard let command = commands.first(where: { $0._commandName == argument }) else { break }
            path.append(argument)
            commands = command.configuration.subcommands
        }
        return path.joined(separator: " ")
    }
}
