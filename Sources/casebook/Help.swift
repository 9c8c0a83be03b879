import CasebookContent
import CasebookSupport
import Foundation

/// The words of `--help`, from the catalogue's `help.*` entries. ArgumentParser needs them before it
/// parses, so their language comes from `--lang` on the raw command line, else the environment
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else the `language` of the site in the current folder or in
/// `--source`: help asked for inside a Chinese site is Chinese unless the user says otherwise.
enum Help {
    /// The language of this process's help.
    static let language = language(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment,
        site: { SiteConfigFile.declaredLanguage(siteFolder: $0) })

    /// The language `arguments` and `environment` ask for: the last `--lang X` or `--lang=X`, else the
    /// environment's, else what `site` says of the folder named by the last `--source` (or `.`), else English.
    static func language(arguments: [String], environment: [String: String], site: (String) -> Language?) -> Language {
        var option: Language?
        var source = "."
        for (index, argument) in arguments.enumerated() {
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if argument == "--lang", let next {
                option = Language(argument: next) ?? option
            } else if argument.hasPrefix("--lang=") {
                option = Language(argument: String(argument.dropFirst("--lang=".count))) ?? option
            } else if argument == "--source", let next {
                source = next
            } else if argument.hasPrefix("--source=") {
                source = String(argument.dropFirst("--source=".count))
            }
        }
        return option ?? Language.declared(in: environment) ?? site(source) ?? .en
    }

    /// The help text of `key` in the help's language.
    static func text(_ key: String) -> String { Message(key).text(in: language) }
}
