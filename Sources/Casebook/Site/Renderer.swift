/// Turns a `Site` into the files of the built showcase, in memory and without I/O.
public struct Renderer: Sendable {
    let site: Site
    let theme: Theme
    let templates: Templates

    public init(site: Site, theme: Theme, templates: Templates) {
        self.site = site
        self.theme = theme
        self.templates = templates
    }

    /// Every generated file and every media file to copy.
    public func render(timings: BuildTimings = .off) -> BuildOutput {
        render(bodies: nil, timings: timings)
    }

    /// The same, from `bodies` when the caller already rendered them (a build renders each body
    /// once, to check its links first).
    func render(bodies: RenderedBodies?, timings: BuildTimings = .off) -> BuildOutput {
        let bodies = bodies ?? timings.measure("markdown") { RenderedBodies(site: site, routes: Routes(portable: site.config.links == .portable)) }
        let assets = Assets(theme: theme)
        let search = timings.measure("search index") { SearchIndex(site: site, bodies: bodies, strings: theme.strings) }
        let builder = timings.measure("page data") {
            PageBuilder(site: site, theme: theme, templates: templates, assets: assets, bodies: bodies, search: search)
        }
        let pages = timings.measure("pages") { PageJob.all(for: site).parallelMap { builder.build($0) } }
        let copies = site.media.map { BuildOutput.Copy(source: $0, path: String($0.dropFirst("content/".count))) }
        return timings.measure("feeds and data") {
            BuildOutput(files: (pages + assets.files + extraFiles(pages: pages)).sorted { $0.path < $1.path }, copies: copies)
        }
    }

    /// The files made beside the pages: the feed, the sitemap and robots.txt, the open data.
    func extraFiles(pages: [OutputFile]) -> [OutputFile] {
        let routes = Routes(portable: site.config.links == .portable)
        return Feeds(site: site, routes: routes).files(pagePaths: pages.map(\.path)) + OpenData(site: site, routes: routes).files()
    }
}

/// What a build writes: generated files, and files copied as they are from the site folder.
public struct BuildOutput: Sendable {
    /// A file copied byte for byte.
    public struct Copy: Sendable, Hashable {
        /// Path relative to the site folder (`content/media/a.jpg`).
        public let source: String
        /// Path relative to the output folder (`media/a.jpg`).
        public let path: String
    }

    /// Generated files, sorted by path.
    public let files: [OutputFile]
    public let copies: [Copy]

    /// Number of HTML pages.
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
}
