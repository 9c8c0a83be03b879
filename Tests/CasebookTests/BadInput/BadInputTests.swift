import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport
@testable import CasebookValidation

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

    @Test("each defect gives its diagnostic in Chinese too: same file, position and code, Chinese words", arguments: sites)
    func chinese(site: String) throws {
        let root = Self.folder + "/" + site
        let diagnostics = try SiteBuilder().render(source: root).diagnostics
        let actual = diagnostics.map { $0.formatted(in: .zhCN) }.joined(separator: "\n") + "\n"
        let expectedPath = root + "/expected.zh-CN.txt"
        if ProcessInfo.processInfo.environment["CASEBOOK_RECORD"] == "1" {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected, "\(site):\n\(GoldenSiteTests.firstDifference(expected, actual))")
        for diagnostic in diagnostics {
            let english = diagnostic.formatted(in: .en), chinese = diagnostic.formatted(in: .zhCN)
            let place = "\(diagnostic.file)\(diagnostic.line > 0 ? ":\(diagnostic.line)" : ""):"
            #expect(chinese.hasPrefix(place) && english.hasPrefix(place) && chinese.contains("[\(diagnostic.code)]"), "\(chinese)")
            #expect(diagnostic.problem.key != "untranslated" && diagnostic.remedy?.key != "untranslated", "\(english) is not in the catalogue")
            let words = chinese.dropFirst(place.count)
            #expect(words.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "no Chinese in \(chinese)")
            #expect(chinese != english, "\(english) reads the same in Chinese")
        }
    }
}
