/// The render step with the Markdown bodies already rendered, so that a build renders each body
/// exactly once: SiteBuilder renders them first, checks their links, then makes the pages.
extension Renderer {
    /// Every generated file and every media file to copy, made from `bodies`.
    func render(bodies: RenderedBodies) -> BuildOutput {
        let assets = Assets(theme: theme)
        let builder = PageBuilder(site: site, theme: theme, templates: templates, assets: assets, bodies: bodies)
        let pages = PageJob.all(for: site).parallelMap { builder.build($0) }
        let copies = site.media.map { BuildOutput.Copy(source: $0, path: String($0.dropFirst("content/".count))) }
        return BuildOutput(files: (pages + assets.files + extraFiles(pages: pages)).sorted { $0.path < $1.path }, copies: copies)
    }
}
