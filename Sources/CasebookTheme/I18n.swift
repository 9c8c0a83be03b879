import CasebookContent
import CasebookSupport
import Yams

/// UI strings: a flat YAML mapping from key to text.
enum I18n {
    static func parse(_ file: Theme.File, into diagnostics: inout [Diagnostic]) -> [String: String] {
        guard let text = String(validating: file.bytes, as: UTF8.self),
            let node = YAMLDocument.parse(text, file: file.origin, firstLine: 1, into: &diagnostics),
            let mapping = node.mapping
        else {
            diagnostics.append(Diagnostic(.error, "CB0303", Message("theme.stringsNotMapping"), file: file.origin))
            return [:]
        }
        var strings: [String: String] = [:]
        for (key, value) in mapping {
            if let key = key.string, let value = value.string { strings[key] = value }
        }
        return strings
    }
}
