import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport

/// The bad-input corpus: Fixtures/bad-input/<name>/ is a small site with one defect, and
/// `expected.txt` the exact diagnostics `casebook check` prints for it. Re-record after an
/// intended change with `CASEBOOK_RECORD=1 swift test --filter BadInput`, then read the diff.
@Suite("Bad input corpus")
struct BadInputTests {
    static let folder = Repository.fixtures + "/bad-input"

    /// Every site of the corpus; folders starting with `_` hold files the sites link to.
    static let sites: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }()

    @Test("the corpus has at least 25 sites")
    func corpusSize() {
        #expect(Self.sites.count >= 25)
    }

    @Test("each defect gives exactly the recorded diagnostic", arguments: sites)
    func diagnostics(site: String) throws {
        let root = Self.folder + "/" + site
        let result = try SiteBuilder().render(source: root)
        let actual = result.diagnostics.map(\.formatted).joined(separator: "\n") + "\n"
        let expectedPath = root + "/expected.txt"
        if ProcessInfo.processInfo.environment["CASEBOOK_RECORD"] == "1" {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected, "\(site):\n\(GoldenSiteTests.firstDifference(expected, actual))")
        #expect(result.diagnostics.count == 1, "one defect gives one message, not a cascade:\n\(actual)")
        #expect(result.output == nil || !result.diagnostics.hasErrors, "an error stops the build")
        for diagnostic in result.diagnostics {
            #expect(RuleCatalogue.rule(diagnostic.code) != nil, "\(diagnostic.code) is not in the catalogue")
            #expect(diagnostic.hint?.isEmpty == false, "\(diagnostic.formatted) says how to fix it")
        }
    }
}
