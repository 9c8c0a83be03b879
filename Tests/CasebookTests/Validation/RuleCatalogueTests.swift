import Foundation
import Testing

@testable import Casebook
@testable import CasebookValidation

/// The rule codes are an interface: every code the sources report is catalogued, and every
/// catalogued code is documented with an example in docs/diagnostics.md.
@Suite("Rule catalogue")
struct RuleCatalogueTests {
    static func codes(in text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "CB[0-9]{4}")
        let range = NSRange(text.startIndex..., in: text)
        return Set(pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } })
    }

    @Test("codes are unique and every code used in the sources is catalogued")
    func sourcesAreCatalogued() throws {
        let catalogued = RuleCatalogue.rules.map(\.code)
        #expect(Set(catalogued).count == catalogued.count)
        var used: Set<String> = []
        let walker = FileManager.default.enumerator(atPath: Repository.root + "/Sources")
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            used.formUnion(Self.codes(in: try String(contentsOfFile: Repository.root + "/Sources/" + path, encoding: .utf8)))
        }
        #expect(used.subtracting(catalogued).isEmpty, "not catalogued: \(used.subtracting(catalogued).sorted())")
        #expect(Set(catalogued).subtracting(used).isEmpty, "catalogued but never reported: \(Set(catalogued).subtracting(used).sorted())")
    }

    @Test("every code has a section with an example in docs/diagnostics.md")
    func documented() throws {
        let docs = try String(contentsOfFile: Repository.root + "/docs/diagnostics.md", encoding: .utf8)
        for rule in RuleCatalogue.rules {
            guard let heading = docs.range(of: "\n#### \(rule.code)\n") else {
                Issue.record("docs/diagnostics.md has no section for \(rule.code)")
                continue
            }
            let section = docs[heading.upperBound...]
            let end = section.range(of: "\n#")?.lowerBound ?? section.endIndex
            let body = section[..<end]
            #expect(body.contains("[\(rule.code)]"), "the section of \(rule.code) shows no example diagnostic")
            #expect(body.contains(rule.severity == .error ? "error[" : "warning["), "the example of \(rule.code) has the wrong severity")
        }
    }
}
