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
    /// Where the phases' times go (`casebook build --timings`); off by default.
    let timings: BuildTimings

    public init(fileSystem: any FileSystem = LocalFileSystem(), timings: BuildTimings = .off) {
        self.fileSystem = fileSystem
        self.timings = timings
    }

    /// Loads, validates and renders the site at `source` in memory. Errors in the content leave
    /// `output` nil; a missing site.yaml throws. Every Markdown body is rendered once, and its
    /// links are checked from that rendering.
    public func render(source: String, options: BuildOptions = .init()) throws -> Result {
        let checked = try check(source: source, options: options)
        guard let ready = checked.ready else { return Result(diagnostics: checked.diagnostics, output: nil) }
        return Result(diagnostics: checked.diagnostics, output: ready.renderer.render(bodies: ready.bodies, timings: timings))
    }

    /// Every diagnostic a build of `source` would report, without making the pages: what
    /// `casebook check` runs. Throws only when there is no usable site.yaml.
    public func diagnostics(source: String, options: BuildOptions = .init()) throws -> [Diagnostic] {
        try check(source: source, options: options).diagnostics
    }

    /// What the checks leave for page rendering when they find no error.
    private struct Ready {
        let renderer: Renderer
        let bodies: RenderedBodies
    }

    /// Load, validate, compile the theme, render the bodies and check their links.
    private func check(source: String, options: BuildOptions) throws -> (diagnostics: [Diagnostic], ready: Ready?) {
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        var (content, diagnostics) = try timings.measure("load") { try ContentLoader(fileSystem: fileSystem).load(root) }
        guard let content else { return (diagnostics.sortedForDisplay().uniqued(), nil) }
        let site = timings.measure("validate") {
            diagnostics += Validator().validate(content)
            diagnostics += BookRules.check(content)
            return Site(content, options: options)
        }
        let (theme, templates) = timings.measure("theme") {
            let theme = Theme.load(name: site.config.theme, language: site.config.language, root: root, fileSystem: fileSystem, diagnostics: &diagnostics)
            let templates = Templates(theme: theme, diagnostics: &diagnostics)
            diagnostics += TemplateRules.check(theme)
            return (theme, templates)
        }
        let bodies = timings.measure("markdown") { RenderedBodies(site: site, routes: Routes(portable: site.config.links == .portable)) }
        diagnostics += timings.measure("link check") {
            LinkChecker(content: content, site: site).check(Self.linkedBodies(content: content, site: site, rendered: bodies))
        }
        let sorted = diagnostics.sortedForDisplay().uniqued()
        guard !sorted.hasErrors else { return (sorted, nil) }
        return (sorted, Ready(renderer: Renderer(site: site, theme: theme, templates: templates), bodies: bodies))
    }

    /// Renders the site and, when there is no error, replaces `output` with it. Output folders
    /// that must never be replaced (the site itself, content/, `/`, the home folder …) are
    /// refused before anything is read; `interruption` lets a signal handler stop the write.
    public func build(source: String, output: String, options: BuildOptions = .init(),
                      interruption: OutputWriter.Interruption? = nil) throws -> Result {
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        try OutputTarget.refuseDangerous(output, source: root)
        let result = try render(source: source, options: options)
        if let built = result.output {
            try timings.measure("write") { try OutputWriter(interruption: interruption).replace(output, with: built, sourceRoot: root) }
        }
        return result
    }

    /// The links of every body: published ones from their rendering, the others (drafts, recommended
    /// cases) rendered here since the build does not render them.
    private static func linkedBodies(content: SiteContent, site: Site, rendered: RenderedBodies) -> [LinkChecker.Body] {
        var bodies: [LinkChecker.Body] = []
        for (entry, document) in zip(site.cases, rendered.cases) {
            bodies.append(.init(links: document.links, file: entry.file, route: Routes.casePage(entry.slug), bodyFirstLine: entry.bodyFirstLine))
        }
        for (region, document) in zip(site.regions, rendered.regions) {
            bodies.append(.init(links: document.links, file: region.file, route: Routes.unit(region.unit.id), bodyFirstLine: region.bodyFirstLine))
        }
        for (page, document) in zip(site.pages, rendered.pages) {
            bodies.append(.init(links: document.links, file: page.file, route: Routes.page(page.slug), bodyFirstLine: page.bodyFirstLine))
        }
        let markdown = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: site.config.unsafeMarkdown))
        let publishedCases = Set(site.cases.map { $0.file + "\n" + $0.slug }), publishedPages = Set(site.pages.map(\.file))
        let hiddenCases = content.cases.filter { !publishedCases.contains($0.file + "\n" + $0.slug) }
        let hiddenPages = content.pages.filter { !publishedPages.contains($0.file) }
        bodies += hiddenCases.parallelMap { entry in
            LinkChecker.Body(links: markdown.render(entry.body).links, file: entry.file, route: Routes.casePage(entry.slug), bodyFirstLine: entry.bodyFirstLine)
        }
        bodies += hiddenPages.parallelMap { page in
            LinkChecker.Body(links: markdown.render(page.body).links, file: page.file, route: Routes.page(page.slug), bodyFirstLine: page.bodyFirstLine)
        }
        return bodies
    }
}
