import Foundation

/// The whole pipeline — load, validate, render, write — as `casebook build` and `casebook check` run it.
public struct SiteBuilder: Sendable {
    /// What one run found and made.
    public struct Result: Sendable {
        /// Every diagnostic, sorted by file and line.
        public let diagnostics: [Diagnostic]
        /// The rendered site; nil when an error stopped the build.
        public let output: BuildOutput?
    }

    let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Loads, validates and renders the site at `source` in memory. Errors in the content leave
    /// `output` nil; a missing site.yaml throws.
    public func render(source: String, options: BuildOptions = .init()) throws -> Result {
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        var (content, diagnostics) = try ContentLoader(fileSystem: fileSystem).load(root)
        guard let content else { return Result(diagnostics: diagnostics.sortedForDisplay(), output: nil) }
        diagnostics += Validator().validate(content)
        let site = Site(content, options: options)
        let theme = Theme.load(name: site.config.theme, language: site.config.language, root: root, fileSystem: fileSystem, diagnostics: &diagnostics)
        let templates = Templates(theme: theme, diagnostics: &diagnostics)
        let sorted = diagnostics.sortedForDisplay()
        guard !sorted.hasErrors else { return Result(diagnostics: sorted, output: nil) }
        return Result(diagnostics: sorted, output: Renderer(site: site, theme: theme, templates: templates).render())
    }

    /// Renders the site and, when there is no error, replaces `output` with it.
    public func build(source: String, output: String, options: BuildOptions = .init()) throws -> Result {
        let result = try render(source: source, options: options)
        if let built = result.output {
            try OutputWriter().replace(output, with: built, sourceRoot: URL(fileURLWithPath: source).standardizedFileURL.path)
        }
        return result
    }
}
