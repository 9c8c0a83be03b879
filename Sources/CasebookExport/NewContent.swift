import CasebookContent
import CasebookSupport
import Foundation

/// `casebook new case|region|site`: scaffolded files that list every field with a Chinese comment.
/// Nothing that exists is ever replaced.
public enum NewContent {
    /// Why nothing was created.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The sentence printed for the person at the terminal: what is in the way and what to do.
        public let description: String
    }

    /// Writes `content/cases/<year>/<slug>.md` as a draft and returns its path. `name` is the slug, or
    /// a Chinese title from which the slug is spelt in pinyin.
    public static func newCase(_ name: String, root: String, year: Int, region: String?, units: UnitTable = .official) throws -> String {
        try requireSite(root)
        let slug = Slug.isValid(name) ? name : Slug.make(name)
        guard !slug.isEmpty else { throw Failure(description: "'\(name)' gives no file name; name the case with letters, digits and hyphens, e.g. hunan-chemical-grading") }
        if ExistingCases.slugs(root: root).contains(slug) {
            throw Failure(description: "a case named \(slug) already exists; choose another name")
        }
        var scaffold = CaseScaffold(year: year)
        scaffold.origin = "草稿：由 casebook new case 生成。填写完成后把 draft 改为 false。"
        if !name.allSatisfy(\.isASCII) { scaffold.title = name }
        if let region {
            guard let unit = units.unit(named: region) else {
                throw Failure(description: "unknown unit '\(region)'; did you mean \(units.suggestions(for: region).joined(separator: ", "))?")
            }
            scaffold.region = unit.name
        }
        return try create("content/cases/\(year)/\(slug).md", scaffold.text(), in: root)
    }

    /// Writes `content/regions/<year>-<unit>.md` and returns its path.
    public static func newRegion(_ name: String, root: String, year: Int, units: UnitTable = .official) throws -> String {
        try requireSite(root)
        guard let unit = units.unit(named: name) else {
            throw Failure(description: "unknown unit '\(name)'; did you mean \(units.suggestions(for: name).joined(separator: ", "))?")
        }
        let scaffold = RegionScaffold(unit: unit, year: year)
        return try create(scaffold.path, scaffold.text(), in: root)
    }

    /// Creates the site folder `folder` (which must not exist or be empty) and returns the files written.
    public static func newSite(_ folder: String, year: Int) throws -> [String] {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard existing.isEmpty else { throw Failure(description: "\(folder) already exists and is not empty; choose a new folder name") }
        var written: [String] = []
        for file in SiteScaffold(year: year).files {
            try ScaffoldWriter.create(file.path, file.text, in: folder)
            written.append(file.path)
        }
        return written
    }

    /// The year new content is for when none is given: the newest year already in the site, else `fallback`.
    public static func defaultYear(root: String, fallback: Int) -> Int {
        let years = (try? ContentLoader().load(root).content).flatMap { $0 }.map { $0.cases.map(\.year) + $0.regions.map(\.year) } ?? []
        return years.max() ?? fallback
    }

    private static func requireSite(_ root: String) throws {
        guard FileManager.default.fileExists(atPath: root + "/site.yaml") else {
            throw Failure(description: "No site.yaml in \(root). Run `casebook new site NAME` to start a site, or pass --source with the site folder.")
        }
    }

    private static func create(_ path: String, _ text: String, in root: String) throws -> String {
        guard try ScaffoldWriter.create(path, text, in: root) else {
            throw Failure(description: "\(path) already exists; it was left as it is")
        }
        return path
    }
}
