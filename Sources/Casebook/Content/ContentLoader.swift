import Foundation
import Yams

/// Why a site could not be loaded at all (as opposed to content mistakes, which are diagnostics).
public struct SiteError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// Reads a site folder into `SiteContent`, collecting a diagnostic for every mistake.
public struct ContentLoader: Sendable {
    let fileSystem: any FileSystem
    let units: UnitTable

    /// A loader over the given file system.
    public init(fileSystem: any FileSystem = LocalFileSystem(), units: UnitTable = .official) {
        self.fileSystem = fileSystem
        self.units = units
    }

    /// Loads the site at `root`; the content is nil only when site.yaml is unusable.
    public func load(_ root: String) throws -> (content: SiteContent?, diagnostics: [Diagnostic]) {
        let configPath = root + "/site.yaml"
        guard fileSystem.isFile(configPath) else {
            throw SiteError(description: "No site.yaml in \(root). Run `casebook new site NAME` to start a site, or pass --source with the site folder.")
        }
        var diagnostics: [Diagnostic] = []
        let configText = decode(try fileSystem.read(configPath), file: "site.yaml", into: &diagnostics)
        let config = configText.flatMap { SiteConfig.parse($0, file: "site.yaml", into: &diagnostics) }

        var caseFiles: [String] = [], regionFiles: [String] = [], pageFiles: [String] = [], media: [String] = []
        let realRoot = fileSystem.resolvingSymlinks(root)
        for entry in fileSystem.walk(root + "/content") {
            let path = "content/" + entry.path
            if entry.isSymlink {
                let target = fileSystem.resolvingSymlinks(root + "/" + path)
                guard target.hasPrefix(realRoot + "/") else {
                    diagnostics.append(Diagnostic(.error, "CB0120", "\(path) is a symbolic link to \(target), outside the site folder", file: path,
                                                  hint: "copy the file into the site instead; links out of the site are never followed"))
                    continue
                }
                guard fileSystem.isFile(target) else { continue }
            }
            let ext = Paths.fileExtension(of: path)
            switch entry.path.split(separator: "/").first {
            case "cases" where ext == "md" || ext == "json": caseFiles.append(path)
            case "regions" where ext == "md" || ext == "json": regionFiles.append(path)
            case "pages" where ext == "md": pageFiles.append(path)
            case "media": media.append(path)
            case "data": continue
            default:
                diagnostics.append(Diagnostic(.warning, "CB0121", "\(path) is not used by the site and was skipped", file: path,
                                              hint: "cases and regions are .md or .json files, pages are .md files, other files belong in content/media/"))
            }
        }

        let caseResults = caseFiles.parallelMap { file in self.loadCases(file, root: root) }
        let regionResults = regionFiles.parallelMap { file in self.loadRegions(file, root: root) }
        let pageResults = pageFiles.parallelMap { file in self.loadPage(file, root: root) }
        for result in caseResults { diagnostics += result.diagnostics }
        for result in regionResults { diagnostics += result.diagnostics }
        for result in pageResults { diagnostics += result.diagnostics }

        guard let config else { return (nil, diagnostics) }
        let content = SiteContent(root: root, config: config, cases: caseResults.flatMap(\.values),
                                  regions: regionResults.flatMap(\.values), pages: pageResults.flatMap(\.values), media: media)
        return (content, diagnostics)
    }

    /// Entries read from one file, and what was wrong in it.
    struct FileResult<T: Sendable>: Sendable {
        var values: [T] = []
        var diagnostics: [Diagnostic] = []
    }

    /// One raw record: its fields, its Markdown body and where that body starts.
    struct Record {
        let node: Node
        let body: String
        let bodyFirstLine: Int
        let firstLine: Int
        let slug: String?
    }

    func loadCases(_ file: String, root: String) -> FileResult<CaseEntry> {
        var result = FileResult<CaseEntry>()
        for record in records(file, root: root, into: &result.diagnostics) {
            var found: [Diagnostic] = []
            guard var reader = FieldReader(record.node, file: file, firstLine: record.firstLine, known: CaseEntry.keys, what: "a case", into: &found) else {
                result.diagnostics += found
                continue
            }
            let slug = record.slug ?? reader.string("slug", required: true) ?? ""
            let entry = CaseEntry.read(&reader, slug: slug, body: record.body, bodyFirstLine: record.bodyFirstLine, units: units)
            result.diagnostics += found + reader.diagnostics
            if let entry { result.values.append(entry) }
        }
        return result
    }

    func loadRegions(_ file: String, root: String) -> FileResult<RegionEntry> {
        var result = FileResult<RegionEntry>()
        for record in records(file, root: root, into: &result.diagnostics) {
            var found: [Diagnostic] = []
            guard var reader = FieldReader(record.node, file: file, firstLine: record.firstLine, known: RegionEntry.keys, what: "a region", into: &found) else {
                result.diagnostics += found
                continue
            }
            let entry = RegionEntry.read(&reader, body: record.body, bodyFirstLine: record.bodyFirstLine, units: units)
            result.diagnostics += found + reader.diagnostics
            if let entry { result.values.append(entry) }
        }
        return result
    }

    func loadPage(_ file: String, root: String) -> FileResult<PageEntry> {
        var result = FileResult<PageEntry>()
        for record in records(file, root: root, into: &result.diagnostics) {
            var found: [Diagnostic] = []
            guard var reader = FieldReader(record.node, file: file, firstLine: record.firstLine, known: PageEntry.keys, what: "a page", into: &found) else {
                result.diagnostics += found
                continue
            }
            let entry = PageEntry.read(&reader, slug: record.slug ?? "", body: record.body, bodyFirstLine: record.bodyFirstLine)
            result.diagnostics += found + reader.diagnostics
            if let entry { result.values.append(entry) }
        }
        return result
    }

    /// The records in a file: one for Markdown, one or more for JSON.
    func records(_ file: String, root: String, into diagnostics: inout [Diagnostic]) -> [Record] {
        let bytes: [UInt8]
        do { bytes = try fileSystem.read(root + "/" + file) } catch {
            diagnostics.append(Diagnostic(.error, "CB0004", "\(file) could not be read: \(error.localizedDescription)", file: file))
            return []
        }
        guard let text = decode(bytes, file: file, into: &diagnostics) else { return [] }
        if Paths.fileExtension(of: file) == "json" { return jsonRecords(text, file: file, into: &diagnostics) }
        switch FrontMatter.split(text) {
        case .failure(.missingOpeningFence):
            diagnostics.append(Diagnostic(.error, "CB0002", "\(file) has no front matter", file: file, at: .init(line: 1, column: 1),
                                          hint: "start the file with a line `---`, the fields, and another line `---`"))
            return []
        case .failure(.notClosed(let line)):
            diagnostics.append(Diagnostic(.error, "CB0002", "the front matter opened here is never closed", file: file, at: .init(line: line, column: 1),
                                          hint: "add a line `---` after the last field"))
            return []
        case .success(let front):
            guard let node = YAMLDocument.parse(front.yaml, file: file, firstLine: front.yamlFirstLine, into: &diagnostics) else { return [] }
            return [Record(node: node, body: front.body, bodyFirstLine: front.bodyFirstLine, firstLine: front.yamlFirstLine, slug: Paths.stem(of: file))]
        }
    }

    private func jsonRecords(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> [Record] {
        guard let root = YAMLDocument.parse(text, file: file, firstLine: 1, into: &diagnostics) else { return [] }
        let objects = root.sequence.map(Array.init) ?? [root]
        return objects.map { object in
            let body = object.mapping?["body"]?.string ?? ""
            let line = YAMLDocument.location(of: object.mapping?["body"] ?? object, firstLine: 1).line
            return Record(node: object, body: body, bodyFirstLine: line, firstLine: 1, slug: nil)
        }
    }

    private func decode(_ bytes: [UInt8], file: String, into diagnostics: inout [Diagnostic]) -> String? {
        switch SourceText.decode(bytes) {
        case .success(let text): return text
        case .failure(let invalid):
            diagnostics.append(Diagnostic(.error, "CB0003", "\(file) is not valid UTF-8", file: file, at: invalid.location,
                                          hint: "save the file as UTF-8 (in WPS or Notepad: Save As → Encoding → UTF-8)"))
            return nil
        }
    }
}
