import CasebookContent
import CasebookSupport
import Foundation

/// `casebook new case|region|site`: scaffolded files that list every field with a Chinese comment.
/// Nothing that exists is ever replaced.
public enum NewContent {
    /// Why nothing was created: the path or name concerned and the reason as values.
    public typealias Failure = PathFailure<FailureReason>

    /// Why nothing was created.
    public enum FailureReason: PathReason {
        /// The name gives no file name (`path` holds the name).
        case noFileName
        /// A case with this slug exists (`path` holds the slug).
        case caseExists
        /// The unit is not one of the 37 (`path` holds the name); the closest names.
        case unknownUnit(suggestions: [String])
        /// The site folder exists and is not empty.
        case folderNotEmpty
        /// The folder has no site.yaml.
        case noSiteConfig
        /// The file exists and was left alone.
        case fileExists

        /// The sentence printed for the person at the terminal.
        public func message(path: String) -> Message {
            switch self {
            case .noFileName: Message("new.noFileName", ["path": "\(path)"])
            case .caseExists: Message("new.caseExists", ["path": "\(path)"])
            case .unknownUnit(let suggestions): Message("new.unknownUnit", ["path": "\(path)", "suggestions": "\(suggestions.joined(separator: ", "))"])
            case .folderNotEmpty: Message("new.folderNotEmpty", ["path": "\(path)"])
            case .noSiteConfig: SiteErrorReason.noSiteConfig.message(path: path)
            case .fileExists: Message("new.fileExists", ["path": "\(path)"])
            }
        }
    }

    /// Writes `content/cases/<year>/<slug>.md` as a draft and returns its path. `name` is the slug, or
    /// a Chinese title from which the slug is spelt in pinyin.
    public static func newCase(_ name: String, root: String, year: Int, region: String?, units: UnitTable = .official) throws -> String {
        try requireSite(root)
        let slug = Slug.isValid(name) ? name : Slug.make(name)
        guard !slug.isEmpty else { throw Failure(.noFileName, path: name) }
        if ExistingCases.slugs(root: root).contains(slug) {
            throw Failure(.caseExists, path: slug)
        }
        var scaffold = CaseScaffold(year: year)
        scaffold.origin = "草稿：由 casebook new case 生成。填写完成后把 draft 改为 false。"
        if !name.allSatisfy(\.isASCII) { scaffold.title = name }
        if let region {
            guard let unit = units.unit(named: region) else {
                throw Failure(.unknownUnit(suggestions: units.suggestions(for: region)), path: region)
            }
            scaffold.region = unit.name
        }
        return try create("content/cases/\(year)/\(slug).md", scaffold.text(), in: root)
    }

    /// Writes `content/regions/<year>-<unit>.md` and returns its path.
    public static func newRegion(_ name: String, root: String, year: Int, units: UnitTable = .official) throws -> String {
        try requireSite(root)
        guard let unit = units.unit(named: name) else {
            throw Failure(.unknownUnit(suggestions: units.suggestions(for: name)), path: name)
        }
        let scaffold = RegionScaffold(unit: unit, year: year)
        return try create(scaffold.path, scaffold.text(), in: root)
    }

    /// Creates the site folder `folder` (which must not exist or be empty) and returns the files written.
    public static func newSite(_ folder: String, year: Int) throws -> [String] {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard existing.isEmpty else { throw Failure(.folderNotEmpty, path: folder) }
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
            throw Failure(.noSiteConfig, path: root)
        }
    }

    private static func create(_ path: String, _ text: String, in root: String) throws -> String {
        guard try ScaffoldWriter.create(path, text, in: root) else {
            throw Failure(.fileExists, path: path)
        }
        return path
    }
}
