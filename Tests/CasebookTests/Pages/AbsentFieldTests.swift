import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport

/// An absent value is absent: for every optional field of site.yaml, cases, regions and pages,
/// the site and its book built without it show no other value in its place and write no empty
/// wrapper.
@Suite("Absent fields")
struct AbsentFieldTests {
    static let site = OptionalFieldSite(seed: 13)
    /// The pages of the site with every field, built once for all the field cases.
    static let full = Result { try build(site.files()) }

    @Test("without any one optional field, no other value appears in its place", arguments: OptionalFieldSite.fields)
    func noValueInItsPlace(field: OptionalFieldSite.Field) throws {
        let full = try Self.full.get()
        let without = try Self.build(Self.site.files(without: field))
        let markers = OptionalFieldSite.fields.map(\.marker) + Self.site.randomMarkers
        #expect(Self.count(field.marker, in: full) > 0, "the full site shows \(field.name)")
        #expect(Self.count(field.marker, in: without) == 0, "without \(field.name) its value is gone")
        for (path, html) in without {
            let before = full[path] ?? ""
            for marker in markers where marker != field.marker && marker != field.fallback {
                let count = html.components(separatedBy: marker).count, was = before.components(separatedBy: marker).count
                #expect(count <= was, "\(path): without \(field.name), \(marker) appears \(count - 1) times instead of \(was - 1)")
            }
        }
        Self.expectNoEmptyWrappers(without)
    }

    @Test("the site with every optional field, and the sample site, write no empty wrapper")
    func noEmptyWrappers() throws {
        Self.expectNoEmptyWrappers(try Self.full.get())
        let sample = try TestSite([:])
        try FileManager.default.createDirectory(atPath: sample.root, withIntermediateDirectories: true)
        for item in ["site.yaml", "content"] {
            let original = URL(fileURLWithPath: Repository.root + "/" + item).resolvingSymlinksInPath().path
            try FileManager.default.copyItem(atPath: original, toPath: sample.root + "/" + item)
        }
        Self.expectNoEmptyWrappers(try sample.files().filter { $0.key.hasSuffix(".html") })
    }

    /// The HTML pages built from `files`, the book (`book/index.html`) among them.
    static func build(_ files: [String: String]) throws -> [String: String] {
        try TestSite(files).files().filter { $0.key.hasSuffix(".html") }
    }

    static func count(_ marker: String, in files: [String: String]) -> Int {
        files.values.reduce(0) { $0 + $1.components(separatedBy: marker).count - 1 }
    }

    /// Elements that are empty on purpose: filled by a script or the print pass (`toc-page`), or
    /// drawn by the stylesheet.
    static let emptyOnPurpose = ["search-results", "search-status", "case-filter-status", "brand-mark", "toc-dots", "toc-page", "tile-swatch"]

    /// No meta tag without content, no element with nothing in it (`<ul></ul>`, `<nav><ul></ul></nav>`),
    /// no `<time>` without a date.
    static func expectNoEmptyWrappers(_ pages: [String: String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let empty = /<(ul|ol|dl|dd|li|p|nav|section|div|span|time|h[1-6]|figure|table|tbody)\b([^>]*)>\s*<\/\1>/
        for (path, html) in pages {
            #expect(!html.contains("content=\"\""), "\(path) has a meta tag without content", sourceLocation: sourceLocation)
            #expect(!html.contains("datetime=\"\""), "\(path) has a <time> without a date", sourceLocation: sourceLocation)
            for match in html.matches(of: empty) where !emptyOnPurpose.contains(where: { match.output.2.contains($0) }) {
                Issue.record("\(path) writes an empty element: \(match.output.0)", sourceLocation: sourceLocation)
            }
        }
    }
}
