import CasebookSupport
import Foundation

/// The words of `--help`, from the catalogue's `help.*` entries. ArgumentParser needs them before it
/// parses, so their language comes from `--lang` on the raw command line, else the environment
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`); a site's `language` is not read for help.
enum Help {
    /// The language of this process's help.
    static let language = language(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    /// The language `arguments` and `environment` ask for: the last `--lang X` or `--lang=X`, else the environment's.
    static func language(arguments: [String], environment: [String: String]) -> Language {
        var option: Language?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count {
                option = Language(argument: arguments[index + 1]) ?? option
            } else if argument.hasPrefix("--lang=") {
                option = Language(argument: String(argument.dropFirst("--lang=".count))) ?? option
            }
        }
        return Language.resolve(option: option, site: nil, environment: environment)
    }

    /// The help text of `key` in the help's language.
    static func text(_ key: String) -> String { Message(key).text(in: language) }
}
