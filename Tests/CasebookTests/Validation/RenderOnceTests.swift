import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookPages
@testable import CasebookSupport
@testable import CasebookTheme

/// SiteBuilder renders the Markdown bodies once, checks their links, and builds the pages from
/// that rendering (`Renderer.render(bodies:)`). This keeps that path and `Renderer.render()`
/// equal, so that whatever the renderer learns to write (feeds, data, search) the build writes too.
@Suite("Rendering bodies once")
struct RenderOnceTests {
    @Test("render(bodies:) gives exactly what render() gives", arguments: ["golden", "sample"])
    func samePages(_ which: String) throws {
        let root = which == "golden" ? Repository.fixtures + "/golden-site" : Repository.root
        let (content, _) = try ContentLoader().load(root)
        let site = Site(try #require(content))
        var diagnostics: [Diagnostic] = []
        let theme = Theme.load(name: site.config.theme, language: site.config.language, root: root, diagnostics: &diagnostics)
        let renderer = Renderer(site: site, theme: theme, templates: Templates(theme: theme, diagnostics: &diagnostics))
        let whole = renderer.render()
        let once = renderer.render(bodies: RenderedBodies(site: site, routes: Routes(portable: site.config.links == .portable)))
        #expect(whole.files.map(\.path) == once.files.map(\.path), "the two paths write different files")
        #expect(whole.files == once.files)
        #expect(whole.copies == once.copies)
    }
}
