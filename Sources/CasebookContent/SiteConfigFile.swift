import CasebookSupport

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
            diagnostics.append(Diagnostic(.error, "CB0003", "site.yaml is not valid UTF-8", file: "site.yaml", hint: "save the file as UTF-8"))
            return (nil, diagnostics)
        }
        let config = SiteConfig.parse(text, file: "site.yaml", into: &diagnostics)
        return (config, diagnostics)
    }
}
