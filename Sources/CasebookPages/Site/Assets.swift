import CasebookOutput
import CasebookSupport
import CasebookTheme

/// The theme's assets under fingerprinted names (`assets/style.3f2a9c1e0b.css`), so browsers
/// may cache them forever and a new build never shows a stale stylesheet. Scripts are written
/// without their comment lines and indentation (`ScriptTrimmer`).
package struct Assets: Sendable {
    /// Output path of each asset by its name in the theme (`style.css` → `assets/style.3f2a….css`).
    package let paths: [String: String]
    package let files: [OutputFile]

    package init(theme: Theme) {
        var paths: [String: String] = [:]
        var files: [OutputFile] = []
        for (name, file) in theme.assets.sorted(by: { $0.key < $1.key }) {
            let ext = Paths.fileExtension(of: name)
            let stem = ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
            let bytes = ext == "js" ? ScriptTrimmer.trimmed(file.bytes) : file.bytes
            let hash = String(Fingerprint.hex(bytes).prefix(10))
            let path = "assets/" + stem + "." + hash + (ext.isEmpty ? "" : "." + ext)
            paths[name] = path
            files.append(OutputFile(path: path, bytes: bytes))
        }
        self.paths = paths
        self.files = files
    }

    /// The fingerprinted path of a theme asset; the plain path when the theme lacks it.
    package subscript(name: String) -> String { paths[name] ?? "assets/" + name }
}
