import Foundation
import Testing

@testable import Casebook
@testable import CasebookMarkdown
@testable import CasebookPages

/// The GitHub Flavored Markdown spec of the cmark-gfm Casebook links (0.29.0.gfm.6), example by example:
/// each renders through Casebook's Markdown layer exactly as the spec expects once `GFMSpecTransformations`
/// are applied, or is pinned below with its reason. A new difference fails, and so does a pinned one that
/// no longer differs, so the state of every example is recorded here.
@Suite("GFM spec examples")
struct GFMSpecTests {
    struct Example: Decodable, Sendable {
        let example: Int
        let markdown: String
        let html: String
    }

    static let examples: [Example] = {
        let path = Repository.fixtures + "/gfm-spec/examples.json"
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return (try? JSONDecoder().decode([Example].self, from: data)) ?? []
    }()

    /// Casebook's HTML for an example, rendered as a page at `GFMSpecTransformations.route`.
    static func render(_ markdown: String) -> String {
        let resolver = LinkResolver(routes: Routes(portable: false), routeOfSource: [:])
        return MarkdownRenderer().render(markdown) { resolver.resolve($0, sourceFile: "content/pages/spec.md", route: GFMSpecTransformations.route) }.html
    }

    @Test func allExamplesAreLoaded() {
        #expect(Self.examples.count == 671)
        #expect(Self.examples.first?.example == 1 && Self.examples.last?.example == 673)
    }

    @Test func everyExampleRendersAsTheSpecSaysOrIsPinned() {
        var differing: [Int: String] = [:]
        for example in Self.examples {
            let expected = GFMSpecTransformations.apply(to: example.html, markdown: example.markdown)
            let actual = Self.render(example.markdown)
            if actual != expected {
                differing[example.example] = "expected:\n\(expected)\ngot:\n\(actual)"
            }
        }
        let unexpected = differing.keys.filter { Self.known[$0] == nil }.sorted()
        for number in unexpected {
            Issue.record("example \(number) differs from the spec:\n\(differing[number] ?? "")")
        }
        let fixed = Self.known.keys.filter { differing[$0] == nil }.sorted()
        #expect(fixed.isEmpty, "pinned as different but now as the spec says; unpin: \(fixed)")
    }

    /// The reason given for the pinned examples is true: cmark-gfm itself, with every extension on, renders them
    /// as Casebook does once transformed.
    @Test func extensionDifferencesComeFromCMark() {
        for example in Self.examples where Self.known[example.example] == .extensionsAlwaysOn {
            let reference = CMarkReference.html(example.markdown, unsafeHTML: true)
            #expect(reference != example.html, "example \(example.example)")
            let expected = GFMSpecTransformations.apply(to: reference, markdown: example.markdown)
            #expect(Self.render(example.markdown) == expected, "example \(example.example)")
        }
    }

    /// Examples that differ from the spec after the transformations, by example number.
    static let known: [Int: GFMSpecTransformations.Reason] = [
        144: .rawHTML, // `- <div>`: cmark puts the dropped block on a line of its own, `<li>\n</li>`
        653: .rawHTML, // the tag filter's example: `<title>` is shown as `&lt;title>`, not verbatim
        610: .extensionsAlwaysOn, 614: .extensionsAlwaysOn, 616: .extensionsAlwaysOn, // autolinks in plain text
        619: .extensionsAlwaysOn, 620: .extensionsAlwaysOn,
    ]
}
