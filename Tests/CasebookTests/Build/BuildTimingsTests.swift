import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport

/// `casebook build --timings`: every phase of a build is measured once, in pipeline order.
@Suite("Build timings")
struct BuildTimingsTests {
    @Test("a build records each phase once, in order, and the table lists them with a total")
    func phasesInOrder() throws {
        let site = try TestSite(copying: Repository.fixtures + "/golden-site")
        let timings = BuildTimings()
        let result = try SiteBuilder(timings: timings).build(source: site.root, output: site.root + "/public")
        #expect(result.summary != nil)
        let names = timings.phases.map(\.name)
        // Phases "beside" another run on a second thread, so they may end before or after it.
        #expect(
            names.filter { !$0.contains("beside") } == [
                "load", "site", "theme", "markdown", "link check", "search index", "page data", "page inputs", "pages", "media", "swap",
            ])
        #expect(
            names.filter { $0.contains("beside") }.sorted() == ["feeds and data (beside pages)", "folders (beside markdown)", "validate (beside markdown)"])
        #expect(timings.phases.allSatisfy { $0.wallNanoseconds > 0 })
        let lines = timings.table.split(separator: "\n")
        #expect(lines.count == names.count + 3, "a header, the phases, the total and the note on overlapping phases")
        #expect(lines.dropLast().last?.hasPrefix("total") == true)
        #expect(lines.contains { $0.hasPrefix("search index") && $0.contains(" ms ") })
    }

    @Test("a build with content errors stops after the checks and records no render phase")
    func stopsAtErrors() throws {
        let site = try TestSite(["site.yaml": "title: x\n", "content/cases/a.md": "---\ntitle: [\n---\n"])
        let timings = BuildTimings()
        let result = try SiteBuilder(timings: timings).build(source: site.root, output: site.root + "/public")
        #expect(result.summary == nil)
        #expect(!timings.phases.map(\.name).contains("pages"))
        #expect(timings.phases.first?.name == "load")
    }

    @Test("a recorder that is off measures nothing")
    func off() throws {
        let timings = BuildTimings.off
        #expect(timings.measure("x") { 42 } == 42)
        #expect(timings.phases.isEmpty)
    }
}
