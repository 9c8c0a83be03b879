import ArgumentParser
import CasebookContent
import CasebookSupport
import Foundation

/// `--lang`, shared by every command: the language of what the command prints.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(Help.text("help.lang"), valueName: "zh-CN|en"))
    var lang: Language?

    /// The language to speak: `--lang`, else the `language` that site.yaml in `source` sets, else the environment's.
    func resolve(source: String? = nil) -> Language {
        let site = lang == nil ? source.flatMap { SiteConfigFile.declaredLanguage(siteFolder: $0) } : nil
        return Language.resolve(option: lang, site: site, environment: ProcessInfo.processInfo.environment)
    }

    /// A console speaking the resolved language.
    func console(source: String? = nil, quiet: Bool = false) -> Console {
        Console(quiet: quiet, language: resolve(source: source))
    }
}

extension Language: ExpressibleByArgument {
    /// `zh-CN`, `zh` or `en` as written after `--lang`; nil for any other language.
    public init?(argument: String) {
        guard ["zh-cn", "zh", "en"].contains(argument.lowercased()) else { return nil }
        self.init(tag: argument)
    }
}
