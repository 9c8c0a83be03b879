import Foundation
import Testing

@testable import Casebook
@testable import CasebookTheme

/// docs/themes.md lists every template's variables as the page models declare them.
/// Regenerate after changing a model with `CASEBOOK_RECORD=1 swift test --filter ThemeDocs`.
@Suite("Theme docs")
struct ThemeDocsTests {
    @Test("the variables in docs/themes.md are those of the page models")
    func docsMatchModels() throws {
        let path = Repository.root + "/docs/themes.md"
        let document = try String(contentsOfFile: path, encoding: .utf8)
        let generated = try ModelDocs().markdown
        guard let start = document.range(of: ModelDocs.begin), let end = document.range(of: ModelDocs.end) else {
            Issue.record("docs/themes.md has no generated section")
            return
        }
        if ProcessInfo.processInfo.environment["CASEBOOK_RECORD"] == "1" {
            try (document[..<start.lowerBound] + generated + document[end.upperBound...]).write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            String(document[start.lowerBound..<end.upperBound]) == generated,
            "docs/themes.md disagrees with the models; regenerate it with CASEBOOK_RECORD=1 swift test --filter ThemeDocs")
    }

    @Test("every model a template reads is documented, with a meaning for every variable")
    func everyVariableHasAMeaning() throws {
        let docs = try ModelDocs()
        for template in Template.allCases {
            let name = String(describing: template.model)
            #expect(docs.models[name] != nil, "\(template.rawValue) reads \(name), which the generator did not find")
        }
        for (name, model) in docs.models {
            #expect(!model.summary.isEmpty, "\(name) has no /// summary")
            for property in model.properties { #expect(!property.meaning.isEmpty, "\(name).\(property.name) has no /// line") }
        }
    }
}
