import Foundation

@testable import Casebook
@testable import CasebookPages
@testable import CasebookTheme

/// The variables of every template, generated from the page models' source: each model's
/// `///` summary, and each stored property with its type and its `///` line. docs/themes.md
/// holds the result between two markers.
struct ModelDocs {
    static let begin = "<!-- BEGIN GENERATED from Sources/CasebookPages/Models by ThemeDocsTests; do not edit -->"
    static let end = "<!-- END GENERATED -->"

    /// A model as its source declares it.
    struct Model {
        var summary = ""
        var properties: [(name: String, type: String, meaning: String)] = []
        /// For `typealias X = Merged<A, B>`: the two models merged.
        var merged: [String] = []
    }

    let models: [String: Model]

    init(folder: String = Repository.root + "/Sources/CasebookPages/Models") throws {
        var models: [String: Model] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where file.hasSuffix(".swift") {
            var comment = "", current: String?
            for line in try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\n") {
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.hasPrefix("///") {
                    comment += (comment.isEmpty ? "" : " ") + text.dropFirst(3).trimmingCharacters(in: .whitespaces)
                    continue
                }
                if let match = text.firstMatch(of: /^public struct (\w+)/) {
                    current = String(match.1)
                    models[String(match.1), default: Model()].summary = comment
                } else if let match = text.firstMatch(of: /^public typealias (\w+)(?:<[^>]*>)? = Merged<(\w+), (\w+)>/) {
                    models[String(match.1)] = Model(summary: comment, merged: [String(match.2), String(match.3)])
                } else if let current, line.hasPrefix("    public "),
                    let match = text.firstMatch(of: /^public (?:let|var) `?(\w+)`?: (.+)$/)
                {
                    models[current]?.properties.append((String(match.1), String(match.2), comment))
                }
                comment = ""
            }
        }
        self.models = models
    }

    /// The Markdown section: per template, its model's variables, then every part they name.
    var markdown: String {
        var text = [Self.begin, ""]
        var parts: [String] = []
        for template in Template.allCases {
            let name = String(describing: template.model)
            text.append("- `\(template.rawValue).mustache` reads [`\(name)`](#\(name.lowercased()))")
            parts.append(name)
        }
        text.append("")
        var done = Set<String>()
        while let name = parts.first {
            parts.removeFirst()
            guard !done.contains(name), let model = models[name] else { continue }
            done.insert(name)
            text.append("### \(name)")
            text.append("")
            text.append(model.summary)
            text.append("")
            if !model.merged.isEmpty {
                text.append("All the variables of " + model.merged.map { "[`\($0)`](#\($0.lowercased()))" }.joined(separator: " and ") + ".")
                text.append("")
                parts += model.merged
                continue
            }
            text.append("| Variable | Type | Meaning |")
            text.append("|---|---|---|")
            for property in model.properties {
                text.append("| `\(property.name)` | \(Self.describe(property.type)) | \(property.meaning) |")
                parts += property.type.matches(of: /\w+/).map { String($0.output) }.filter { models[$0] != nil }
            }
            text.append("")
        }
        text.append(Self.end)
        return text.joined(separator: "\n")
    }

    /// `[Link]` → list of `Link`; `String?` → text, may be absent.
    static func describe(_ type: String) -> String {
        let optional = type.hasSuffix("?")
        var base = optional ? String(type.dropLast()) : type
        var list = false
        if base.hasPrefix("[") {
            list = true
            base = String(base.dropFirst().dropLast())
        }
        let names = ["String": "text", "Int": "number", "Bool": "flag"]
        let shown = names[base] ?? "[`\(base)`](#\(base.lowercased()))"
        return (list ? "list of " + shown : shown) + (optional ? ", may be absent" : "")
    }
}
