import Foundation

/// The message catalogues compiled into the tool (`Resources/messages/<language>.json`): one flat
/// JSON object per language, key → sentence with `{name}` placeholders.
public enum MessageCatalogue {
    private static let tables: [Language: [String: String]] = {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let data = EmbeddedFiles.data("messages/\(language.rawValue).json")
            tables[language] = (try? JSONDecoder().decode([String: String].self, from: data)) ?? [:]
        }
        return tables
    }()

    /// The sentence of `key` in `language`, placeholders unfilled; nil when the catalogue lacks it.
    public static func template(_ key: String, in language: Language) -> String? {
        tables[language]?[key]
    }

    /// Every key of the catalogue of `language`, sorted.
    public static func keys(in language: Language) -> [String] {
        (tables[language] ?? [:]).keys.sorted()
    }

    /// The names of the `{name}` placeholders in `template`.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        _ = fill(template) { name in
            names.insert(name)
            return nil
        }
        return names
    }

    /// `template` with each `{name}` replaced by `value(name)`; a placeholder without a value, and any
    /// brace not around a name, stay as written.
    public static func fill(_ template: String, _ value: (String) -> String?) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest.index(after: open)
            let name = rest[after...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            let close = name.endIndex
            if !name.isEmpty, close < rest.endIndex, rest[close] == "}" {
                result += value(String(name)) ?? "{\(name)}"
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[after...]
            }
        }
        return result + rest
    }
}
