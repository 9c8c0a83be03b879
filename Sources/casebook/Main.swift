import ArgumentParser
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
            FileHandle.standardError.write(Data((CasebookCommand.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
