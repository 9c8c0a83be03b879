import CasebookSupport
import Yams

/// Reads only site.yaml, for commands that need the settings but not the content (`casebook deploy`).
public enum SiteConfigFile {
    /// The settings of the site in `folder`, nil with diagnostics when site.yaml is unusable.
    public static func read(siteFolder folder: String, fileSystem: any FileSystem = LocalFileSystem()) throws -> (
        config: SiteConfig?, diagnostics: [Diagnostic]
    ) {
        let path = folder + "/site.yaml"
        guard fileSystem.isFile(path) else {
            throw SiteError(.noSiteConfig, path: folder)
        }
        var diagnostics: [Diagnostic] = []
        guard case .success(let text) = SourceText.decode(try fileSystem.read(path)) else {
            diagnostics.append(Diagnostic(.error, "CB0003", Message("load.siteNotUTF8"), file: "site.yaml", hint: Message("load.siteNotUTF8.hint")))
            return (nil, diagnostics)
        }
        let config = SiteConfig.parse(text, file: "site.yaml", into: &diagnostics)
        return (config, diagnostics)
    }

    /// The language site.yaml in `folder` sets with `language:`, nil when it sets none or cannot be read;
    /// read before a command speaks, so it is lenient: `casebook check` reports what is wrong in the file.
    public static func declaredLanguage(siteFolder folder: String, fileSystem: any FileSystem = LocalFileSystem()) -> Language? {
        guard let bytes = try? fileSystem.read(folder + "/site.yaml"), case .success(let text) = SourceText.decode(bytes),
            let value = (try? Yams.compose(yaml: text))?["language"]?.string
        else { return nil }
        return UILanguage(rawValue: value).map { $0 == .chinese ? .zhCN : .en }
    }
}
