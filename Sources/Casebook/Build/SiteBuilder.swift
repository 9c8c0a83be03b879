import CasebookContent
import CasebookMarkdown
import CasebookOutput
import CasebookPages
import CasebookSearch
import CasebookSupport
import CasebookTheme
import CasebookValidation
import Foundation

/// The whole pipeline — load, validate, render, write — as `casebook build` and `casebook check` run it.
public struct SiteBuilder: Sendable {
    /// What one run found and made.
    public struct Result: Sendable {
        /// Every diagnostic, sorted by file and line.
        public let diagnostics: [Diagnostic]
        /// The rendered site, from `render`; nil when an error stopped it, and from `build`,
        /// which writes each file as it is made instead of keeping the site in memory.
        public let output: BuildOutput?
        /// What was made; nil when an error stopped the build.
        public let summary: StagingFolder.Summary?
        /// Lines about the build itself, not the content (a search cache that could not be used).
        public var notes: [Message] = []
        /// The base segment of the search index `render` made, for the next render to build its delta over.
        package var searchBase: SearchBase?
    }

    let fileSystem: any FileSystem
    /// Where the phases' times go (`casebook build --timings`); off by default.
    let timings: BuildTimings

    /// Render every page even when the previous build's could be kept, and fail when one differs
    /// from it (see `StagingFolder`): for tests.
    let verifyKept: Bool
    /// Where a caller steps in while the output is written (`WriteMoments`); `.none` in normal use.
    let moments: WriteMoments
    /// What earlier builds parsed and rendered; nil reads and renders everything.
    let cache: BuildCache?

    /// A builder reading through `fileSystem`; `moments` lets a caller step in while it writes;
    /// with `cache`, only what changed since the cache was filled is parsed and rendered again.
    public init(fileSystem: any FileSystem = LocalFileSystem(), timings: BuildTimings = .off, moments: WriteMoments = .none, cache: BuildCache? = nil) {
        self.init(fileSystem: fileSystem, timings: timings, moments: moments, verifyKept: false, cache: cache)
    }

    init(
        fileSystem: any FileSystem = LocalFileSystem(), timings: BuildTimings = .off, moments: WriteMoments = .none, verifyKept: Bool,
        cache: BuildCache? = nil
    ) {
        self.fileSystem = fileSystem
        self.timings = timings
        self.moments = moments
        self.verifyKept = verifyKept
        self.cache = cache
    }

    /// Loads, validates and renders the site at `source` in memory. Errors in the content leave
    /// `output` nil; a missing site.yaml throws. Every Markdown body is rendered once, and its
    /// links are checked from that rendering. Pages whose key allows it (`PageKey.allows`) are
    /// taken from `previous` (an earlier render of the same site) instead of made again, and the
    /// search index is a delta over `searchBase` (an earlier render's `Result.searchBase`), else
    /// over the base the last build saved in the site folder.
    package func render(source: String, options: BuildOptions = .init(), previous: BuildOutput? = nil, searchBase: SearchBase? = nil) throws -> Result {
        let checked = try check(source: source, options: options)
        guard let ready = checked.ready else { return Result(diagnostics: checked.diagnostics, output: nil, summary: nil) }
        var note: Message?
        let search = timings.measure("search index") {
            var base = searchBase
            if base == nil { (base, note) = savedSearchBase(root: URL(fileURLWithPath: source).standardizedFileURL.path, options: options) }
            return ready.renderer.searchIndex(bodies: ready.bodies, previous: base)
        }
        let output = ready.renderer.render(bodies: ready.bodies, search: search, timings: timings, previous: previous)
        let summary = StagingFolder.Summary(pages: output.pageCount, files: output.files.count + output.copies.count)
        var result = Result(diagnostics: checked.diagnostics, output: output, summary: summary)
        result.notes = [note].compactMap { $0 }
        result.searchBase = search.base
        return result
    }

    /// Every diagnostic a build of `source` would report, without making the pages: what
    /// `casebook check` runs; with `hosting`, also what the site's settings mean for serving it
    /// (the 404 page). Throws only when there is no usable site.yaml.
    public func diagnostics(source: String, options: BuildOptions = .init(), hosting: Bool = false) throws -> [Diagnostic] {
        let checked = try check(source: source, options: options)
        guard hosting, let config = checked.config else { return checked.diagnostics }
        return (checked.diagnostics + NotFoundRule.check(config)).sortedForDisplay()
    }

    /// What the checks leave for page rendering when they find no error.
    private struct Ready {
        let renderer: Renderer
        let bodies: RenderedBodies
    }

    /// Load, validate, compile the theme, render the bodies and check their links. Validation
    /// runs beside the Markdown rendering, which holds cmark-gfm's lock and so leaves cores free;
    /// when it finds no error, `whenValid` runs there too (a build makes its folders), told by its
    /// flag when the Markdown is done, so that it stops rather than keep the pages waiting.
    private func check(
        source: String, options: BuildOptions,
        whenValid: (@Sendable (Site, StopFlag) throws -> Void)? = nil
    ) throws -> (diagnostics: [Diagnostic], ready: Ready?, config: SiteConfig?) {
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        var loader = ContentLoader(fileSystem: fileSystem, drafts: options.drafts)
        loader.cache = cache?.content
        var (content, diagnostics) = try timings.measure("load") { try loader.load(root) }
        guard let content else { return (diagnostics.sortedForDisplay().uniqued(), nil, nil) }
        let site = timings.measure("site") { Site(content, options: options) }
        let (theme, templates) = timings.measure("theme") {
            let theme = Theme.load(name: site.config.theme, language: site.config.language, root: root, fileSystem: fileSystem, diagnostics: &diagnostics)
            let templates = Templates(theme: theme, diagnostics: &diagnostics)
            diagnostics += TemplateRules.check(theme)
            return (theme, templates)
        }
        let earlier = diagnostics, timings = self.timings, markdownDone = StopFlag()
        let validation = BackgroundWork {
            let found = timings.measure("validate (beside markdown)") { Validator(drafts: options.drafts).validate(content) + BookRules.check(content) }
            if let whenValid, !(earlier + found).hasErrors {
                try timings.measure("folders (beside markdown)") { try whenValid(site, markdownDone) }
            }
            return found
        }
        let bodies = timings.measure("markdown") {
            RenderedBodies(site: site, routes: Routes(portable: site.config.links == .portable), strings: theme.strings, cache: cache?.bodies)
        }
        markdownDone.raise()
        diagnostics += try validation.wait()
        diagnostics += timings.measure("link check") {
            LinkChecker(content: content, site: site).check(Self.linkedBodies(content: content, site: site, rendered: bodies))
        }
        diagnostics += RawHTMLRule.check(site: site, bodies: bodies)
        let sorted = diagnostics.sortedForDisplay().uniqued()
        guard !sorted.hasErrors else { return (sorted, nil, site.config) }
        return (sorted, Ready(renderer: Renderer(site: site, theme: theme, templates: templates), bodies: bodies), site.config)
    }

    /// Renders the site and, when there is no error, replaces `output` with it, writing each file
    /// as soon as it is made. Output folders
    /// that must never be replaced (the site itself, content/, `/`, the home folder …) are
    /// refused before anything is read; `interruption` lets a signal handler stop the write.
    public func build(
        source: String, output: String, options: BuildOptions = .init(),
        interruption: OutputWriter.Interruption? = nil
    ) throws -> Result {
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        try OutputTarget.refuseDangerous(output, source: root)
        // The staging folder is made before the content is read, so that the page folders can be
        // made while Markdown renders; content errors throw out of it, and it is removed.
        var diagnostics: [Diagnostic] = [], notes: [Message] = []
        do {
            let summary = try OutputWriter(interruption: interruption, moments: moments, verifyKept: verifyKept).replace(
                output, sourceRoot: root, timings: timings
            ) { staging in
                let checked = try check(source: source, options: options) { site, markdownDone in
                    try staging.makeFolders(PageJob.all(for: site).compactMap { $0.route(in: site) }, until: markdownDone)
                }
                diagnostics = checked.diagnostics
                guard let ready = checked.ready else { throw ContentErrors() }
                let (previous, search) = timings.measure("search index") {
                    let previous = savedSearchBase(root: root, options: options)
                    return (previous, ready.renderer.searchIndex(bodies: ready.bodies, previous: previous.base))
                }
                let keeper = Renderer.Keeper(page: { try staging.keep($0, key: $1, inputs: $2) }, files: { try staging.keepFiles(inputs: $0) })
                try ready.renderer.produce(bodies: ready.bodies, search: search, timings: timings, keep: keeper) { try staging.place($0, key: $1) }
                try timings.measure("media") { try staging.copy(ready.renderer.mediaCopies) }
                let saved = search.base == previous.base ? nil : SearchBaseStore(root: root, program: BuildID.value).save(search.base)
                notes = [previous.note, saved].compactMap { $0 }
            }
            var result = Result(diagnostics: diagnostics, output: nil, summary: summary)
            result.notes = notes
            return result
        } catch is ContentErrors {
            return Result(diagnostics: diagnostics, output: nil, summary: nil)
        }
    }

    /// The search index's base segment the last build saved in the site folder at `root`, and a
    /// note when it could not be used; none with `--no-cache`.
    private func savedSearchBase(root: String, options: BuildOptions) -> (base: SearchBase?, note: Message?) {
        options.noCache ? (nil, nil) : SearchBaseStore(root: root, program: BuildID.value).load(fileSystem: fileSystem)
    }

    /// Thrown out of the writer when the checks found an error, so that it removes its staging folder.
    private struct ContentErrors: Error {}

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
