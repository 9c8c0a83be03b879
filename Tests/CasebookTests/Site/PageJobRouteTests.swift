import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookPages

/// A build makes page folders and the sitemap before rendering, from each job's route: those must
/// be exactly where the rendered pages land.
@Suite("Page routes known before rendering")
struct PageJobRouteTests {
    @Test("every job's route names the file its page is written to", arguments: ["golden", "sample"])
    func routesMatchRenderedPages(_ which: String) throws {
        let root = which == "golden" ? Repository.fixtures + "/golden-site" : Repository.root
        let (content, _) = try ContentLoader().load(root)
        let site = Site(try #require(content))
        let predicted = Set(PageJob.all(for: site).compactMap { $0.route(in: site) }.map(Routes.file(for:)))
        let rendered = try #require(try SiteBuilder().render(source: root).output).files.map(\.path)
        #expect(predicted == Set(rendered.filter { $0.hasSuffix("index.html") }))
    }
}
