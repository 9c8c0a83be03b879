import CasebookPages
import CasebookSupport
import CasebookTheme

/// What every page's key holds besides the page's own model: the program that renders it and
/// everything of the theme — templates, assets, strings — and the build's options. A page built
/// by another Casebook, or with any theme file changed, is never kept from an earlier build.
struct BuildIdentity: Sendable {
    /// The hash of it all, 16 hex digits.
    let fingerprint: String

    init(site: Site, theme: Theme) {
        // Whether the build used what earlier builds kept changes how fast it is, never its pages.
        var options = site.options
        options.noCache = false
        var text = "program \(BuildID.value)\noptions \(String(describing: options))\n"
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) { text += "t \(name) \(Fingerprint.content(file.bytes))\n" }
        for (name, file) in theme.assets.sorted(by: { $0.key < $1.key }) { text += "a \(name) \(Fingerprint.content(file.bytes))\n" }
        for (key, value) in theme.strings.sorted(by: { $0.key < $1.key }) { text += "s \(key)=\(value)\n" }
        fingerprint = Fingerprint.content(Array(text.utf8))
    }
}
