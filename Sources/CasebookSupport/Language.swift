/// The language Casebook speaks to its user: messages, diagnostics and help.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case en
    case zhCN = "zh-CN"

    /// A language from a tag such as `zh-CN`, `zh_CN.UTF-8`, `zh` or `en_US`; nil for other languages.
    public init?(tag: String) {
        let lowered = tag.lowercased()
        if lowered.hasPrefix("zh") {
            self = .zhCN
        } else if lowered.hasPrefix("en") || lowered == "c" || lowered.hasPrefix("c.") || lowered == "posix" {
            self = .en
        } else {
            return nil
        }
    }

    /// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set;
    /// `zh…` is Chinese, anything else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        declared(in: environment) ?? .en
    }

    /// The language the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set asks for; nil when none is set.
    public static func declared(in environment: [String: String]) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zhCN : .en
        }
        return nil
    }

    /// The language to speak: the `--lang` option, else the site's `language` in site.yaml, else the
    /// environment, else English.
    public static func resolve(option: Language?, site: Language?, environment: [String: String]) -> Language {
        option ?? site ?? fromEnvironment(environment)
    }
}
