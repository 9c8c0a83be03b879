import CasebookContent
import CasebookSupport
import Foundation

/// A theme's files — templates, i18n strings and assets — gathered from the site's theme folder,
/// falling back file by file to the default theme built into Casebook.
public struct Theme: Sendable {
    /// A file of the theme and where it came from (for locating template errors).
    public struct File: Sendable {
        /// The file's content as read.
        public let bytes: [UInt8]
        /// Path relative to the site folder, or `(built-in default theme)/…`.
        public let origin: String
    }

    /// Templates by name (`case` for `templates/case.mustache`).
    public let templates: [String: File]
    /// UI strings for the site's language, by key.
    public let strings: [String: String]
    /// Assets by path below `assets/`.
    public let assets: [String: File]

    /// Loads `name` for `root`: the site's `themes/<name>/`, then its `themes/default/`, then the built-in theme.
    public static func load(
        name: String, language: UILanguage, root: String, fileSystem: any FileSystem = LocalFileSystem(),
        diagnostics: inout [Diagnostic]
    ) -> Theme {
        // Layers from the most general to the most specific; a later layer's file replaces an
        // earlier one's, and its strings replace only the keys it names.
        var layers: [[String: File]] = [[:]]
        for name in EmbeddedFiles.names(under: "theme/") {
            let relative = String(name.dropFirst("theme/".count))
            layers[0][relative] = File(bytes: [UInt8](EmbeddedFiles.data(name)), origin: "(built-in default theme)/" + relative)
        }
        if name != "default", !fileSystem.isDirectory(root + "/themes/" + name) {
            diagnostics.append(
                Diagnostic(
                    .error, "CB0301", Message("theme.missing", ["name": "\(name)"]), file: "site.yaml", hint: Message("theme.missing.hint", ["name": "\(name)"])
                ))
        }
        let folders = name == "default" ? ["themes/default"] : ["themes/default", "themes/" + name]
        for folder in folders where fileSystem.isDirectory(root + "/" + folder) {
            var layer: [String: File] = [:]
            for entry in fileSystem.walk(root + "/" + folder) where !entry.isSymlink {
                if let bytes = try? fileSystem.read(root + "/" + folder + "/" + entry.path) {
                    layer[entry.path] = File(bytes: bytes, origin: folder + "/" + entry.path)
                }
            }
            layers.append(layer)
        }
        let files = layers.reduce(into: [String: File]()) { merged, layer in merged.merge(layer) { _, new in new } }
        let stringsPath = "i18n/\(language.rawValue).yaml"
        var strings: [String: String] = [:]
        for layer in layers {
            guard let file = layer[stringsPath] else { continue }
            strings.merge(I18n.parse(file, into: &diagnostics)) { _, new in new }
        }
        if files[stringsPath] == nil {
            diagnostics.append(
                Diagnostic(
                    .error, "CB0303", Message("theme.noStrings", ["language": "\(language.rawValue)"]), file: "site.yaml",
                    hint: Message("theme.noStrings.hint", ["path": "\(stringsPath)"])))
        }
        var templates: [String: File] = [:], assets: [String: File] = [:]
        for (path, file) in files {
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                templates[String(path.dropFirst("templates/".count).dropLast(".mustache".count))] = file
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = file
            }
        }
        return Theme(templates: templates, strings: strings, assets: assets)
    }
}
