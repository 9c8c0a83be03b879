import CasebookSupport
import Foundation
import Yams

/// Reads a site folder into `SiteContent`, collecting a diagnostic for every mistake.
public struct ContentLoader: Sendable {
    let fileSystem: any FileSystem
    let units: UnitTable
    /// Whether drafts will be published: then their unfinished fields are errors, not one warning.
    let publishesDrafts: Bool
    /// What earlier loads made of each file; nil reads and parses every file.
    package var cache: LoadCache?

    /// A loader over the given file system; `drafts` when the build publishes drafts.
    public init(fileSystem: any FileSystem = LocalFileSystem(), units: UnitTable = .official, drafts: Bool = false) {
        self.fileSystem = fileSystem
        self.units = units
        self.publishesDrafts = drafts
    }

    /// Loads the site at `root`; the content is nil only when site.yaml is unusable.
    public func load(_ root: String) throws -> (content: SiteContent?, diagnostics: [Diagnostic]) {
        let configPath = root + "/site.yaml"
        guard fileSystem.isFile(configPath) else {
            throw SiteError(.noSiteConfig, path: root)
        }
        var diagnostics: [Diagnostic] = []
        let realRoot = fileSystem.resolvingSymlinks(root)
        guard isInside(fileSystem.resolvingSymlinks(configPath), realRoot) else {
            diagnostics.append(outsideLink("site.yaml", realRoot: realRoot))
            return (nil, diagnostics)
        }
        let configBytes = try fileSystem.read(configPath)
        let configText = decode(configBytes, file: "site.yaml", into: &diagnostics)
        let config = configText.flatMap { SiteConfig.parse($0, file: "site.yaml", into: &diagnostics) }

        var files = ContentFiles()
        if fileSystem.isDirectory(root + "/content"), !isInside(fileSystem.resolvingSymlinks(root + "/content"), realRoot) {
            diagnostics.append(outsideLink("content", realRoot: realRoot))
        } else {
            files = sortFiles(root: root, realRoot: realRoot, into: &diagnostics)
        }

        let stamps = files.stamps
        let caseResults = files.cases.parallelMap { file in self.loadCases(file, root: root, stamp: stamps[file]) }
        let regionResults = files.regions.parallelMap { file in self.loadRegions(file, root: root, stamp: stamps[file]) }
        let pageResults = files.pages.parallelMap { file in self.loadPage(file, root: root, stamp: stamps[file]) }
        cache?.keep(only: Set(files.cases + files.regions + files.pages))
        for result in caseResults { diagnostics += result.diagnostics }
        for result in regionResults { diagnostics += result.diagnostics }
        for result in pageResults { diagnostics += result.diagnostics }
        var hashes = ["site.yaml": Fingerprint.content(configBytes)]
        let participation = files.participation.map { loadParticipation($0, root: root, hashes: &hashes, into: &diagnostics) } ?? []
        for result in caseResults { if let hash = result.sourceHash { hashes[result.file] = hash } }
        for result in regionResults { if let hash = result.sourceHash { hashes[result.file] = hash } }
        for result in pageResults { if let hash = result.sourceHash { hashes[result.file] = hash } }
        var frontMatterHashes: [String: String] = [:]
        for result in caseResults { if let hash = result.frontMatterHash { frontMatterHashes[result.file] = hash } }

        guard let config else { return (nil, diagnostics) }
        var content = SiteContent(
            root: root, config: config, cases: caseResults.flatMap(\.values),
            regions: regionResults.flatMap(\.values), pages: pageResults.flatMap(\.values), media: files.media)
        content.participation = participation
        content.sourceHashes = hashes
        content.frontMatterHashes = frontMatterHashes
        content.unloaded.caseSlugs = Set(caseResults.flatMap(\.unloaded))
        content.unloaded.pageSlugs = Set(pageResults.flatMap(\.unloaded))
        content.unloaded.files = Set(files.cases + files.regions + files.pages)
        return (content, diagnostics)
    }

    /// The files of `content/`, by what they hold.
    struct ContentFiles {
        var cases: [String] = [], regions: [String] = [], pages: [String] = [], media: [String] = []
        var participation: String?
        /// What the walk's `lstat` said of each regular file.
        var stamps: [String: FileStamp] = [:]
    }

    /// Walks `content/` and sorts its files; links out of the site are refused, never followed.
    private func sortFiles(root: String, realRoot: String, into diagnostics: inout [Diagnostic]) -> ContentFiles {
        var files = ContentFiles()
        for entry in fileSystem.walk(root + "/content") {
            let path = "content/" + entry.path
            if entry.isSymlink {
                let target = fileSystem.resolvingSymlinks(root + "/" + path)
                guard isInside(target, realRoot) else {
                    diagnostics.append(outsideLink(path, realRoot: realRoot))
                    continue
                }
                guard fileSystem.isFile(target) else {
                    diagnostics.append(
                        Diagnostic(
                            .warning, "CB0121", Message("load.linkToFolder", ["path": "\(path)"]), file: path,
                            hint: Message("load.linkToFolder.hint")))
                    continue
                }
            }
            files.stamps[path] = entry.stamp
            let ext = Paths.fileExtension(of: path)
            switch entry.path.split(separator: "/").first {
            case "cases" where ext == "md" || ext == "json": files.cases.append(path)
            case "regions" where ext == "md" || ext == "json": files.regions.append(path)
            case "pages" where ext == "md": files.pages.append(path)
            case "media": files.media.append(path)
            case "data":
                if files.participation == nil, Participation.files.contains(path) { files.participation = path }
            default:
                diagnostics.append(
                    Diagnostic(
                        .warning, "CB0121", Message("load.unused", ["path": "\(path)"]), file: path, hint: Message("load.unused.hint")))
            }
        }
        return files
    }

    private func isInside(_ path: String, _ realRoot: String) -> Bool {
        path.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    /// The diagnostic for a link that leads out of the site; names the target relative to the
    /// site folder so that the message does not depend on where the site lies.
    private func outsideLink(_ path: String, realRoot: String) -> Diagnostic {
        let target = fileSystem.resolvingSymlinks(realRoot + "/" + path)
        return Diagnostic(
            .error, "CB0120", Message("load.linkOutside", ["path": "\(path)", "target": "\(Self.relative(target, from: realRoot))"]), file: path,
            hint: Message("load.linkOutside.hint"))
    }

    /// `target` as a path relative to `folder` (`../shared/a.md`); both absolute.
    static func relative(_ target: String, from folder: String) -> String {
        let from = folder.split(separator: "/"), to = target.split(separator: "/")
        let common = zip(from, to).prefix { $0 == $1 }.count
        let up = Array(repeating: "..", count: from.count - common)
        return (up + to.dropFirst(common).map(String.init)).joined(separator: "/")
    }

    private func loadParticipation(_ file: String, root: String, hashes: inout [String: String], into diagnostics: inout [Diagnostic]) -> [Participation] {
        guard let bytes = read(file, root: root, into: &diagnostics) else { return [] }
        hashes[file] = Fingerprint.content(bytes)
        guard let text = decode(bytes, file: file, into: &diagnostics),
            let node = YAMLDocument.parse(text, file: file, firstLine: 1, into: &diagnostics)
        else { return [] }
        return Participation.read(node, file: file, units: units, into: &diagnostics)
    }

    /// Entries read from one file, and what was wrong in it.
    package struct FileResult<T: Sendable & Codable>: Sendable, Codable {
        let file: String
        /// `Fingerprint.content` of the file's bytes, when it could be read.
        var sourceHash: String?
        /// `Fingerprint.content` of a Markdown file's bytes before its body (`frontMatterHash(of:records:)`).
        var frontMatterHash: String?
        var values: [T] = []
        var diagnostics: [Diagnostic] = []
        /// Slugs of the records that could not be loaded.
        var unloaded: [String] = []
    }

    /// One raw record: its fields, its Markdown body and where that body starts.
    package struct Record {
        /// The record's fields: the front matter, or one JSON object.
        package let node: Node
        let body: String
        let bodyFirstLine: Int
        /// The line of the file the record starts on.
        package let firstLine: Int
        /// The slug the record names itself by, when it does (JSON records).
        package let slug: String?
    }

    /// Loads `file` through the cache: a file whose stamp is as recorded is not read, one whose
    /// bytes hash as recorded is not parsed; otherwise `parse` makes the result from its records.
    private func through<T>(
        _ file: String, root: String, stamp: FileStamp?,
        pick: (LoadCache.Loaded) -> FileResult<T>?, wrap: (FileResult<T>) -> LoadCache.Loaded,
        parse: ([Record], inout FileResult<T>) -> Void
    ) -> FileResult<T> {
        if let loaded = cache?.unchanged(file, stamp: stamp, drafts: publishesDrafts), let result = pick(loaded) { return result }
        var result = FileResult<T>(file: file)
        let readAt = LoadCache.now()
        guard let bytes = read(file, root: root, into: &result.diagnostics) else { return result }
        let hash = Fingerprint.content(bytes)
        if let loaded = cache?.same(file, hash: hash, stamp: stamp, readAt: readAt, drafts: publishesDrafts), let cached = pick(loaded) {
            return cached
        }
        result.sourceHash = hash
        let records = records(file, bytes: bytes, into: &result.diagnostics)
        result.frontMatterHash = Self.frontMatterHash(of: file, bytes: bytes, records: records)
        parse(records, &result)
        cache?.store(file, .init(stamp: stamp, readAt: readAt, hash: hash, drafts: publishesDrafts, loaded: wrap(result)))
        return result
    }

    /// The hash of the bytes of a Markdown file before its body: everything of the file that pages
    /// other than its entry's own can show. Nil for a JSON file, and when the body is not the
    /// file's last bytes as they are (a byte-order mark, CR line ends): its whole hash stands in then.
    static func frontMatterHash(of file: String, bytes: [UInt8], records: [Record]) -> String? {
        guard Paths.fileExtension(of: file) == "md", records.count == 1 else { return nil }
        var body = records[0].body
        let count = body.withUTF8 { $0.count }
        guard count <= bytes.count, body.withUTF8({ bytes[(bytes.count - count)...].elementsEqual($0) }) else { return nil }
        return Fingerprint.content(Array(bytes[..<(bytes.count - count)]))
    }

    func loadCases(_ file: String, root: String, stamp: FileStamp? = nil) -> FileResult<CaseEntry> {
        through(file, root: root, stamp: stamp, pick: { if case .cases(let result) = $0 { result } else { nil } }, wrap: { .cases($0) }) {
            self.parseCases($0, into: &$1)
        }
    }

    private func parseCases(_ records: [Record], into result: inout FileResult<CaseEntry>) {
        let file = result.file
        if records.isEmpty, file.hasSuffix(".md") { result.unloaded.append(Paths.stem(of: file)) }
        for record in records {
            var found: [Diagnostic] = []
            guard
                var reader = FieldReader(record.node, file: file, firstLine: record.firstLine, known: CaseEntry.keys, what: Message("what.case"), into: &found)
            else {
                result.diagnostics += found
                continue
            }
            checkRecordKeys(record, &reader)
            let slug = record.slug ?? reader.string("slug", required: true) ?? ""
            let entry = CaseEntry.read(&reader, slug: slug, body: record.body, bodyFirstLine: record.bodyFirstLine, units: units)
            result.diagnostics += lenientIfDraft(record, found + reader.diagnostics)
            if let entry { result.values.append(entry) } else if !slug.isEmpty { result.unloaded.append(slug) }
        }
    }

    func loadRegions(_ file: String, root: String, stamp: FileStamp? = nil) -> FileResult<RegionEntry> {
        through(file, root: root, stamp: stamp, pick: { if case .regions(let result) = $0 { result } else { nil } }, wrap: { .regions($0) }) {
            self.parseRegions($0, into: &$1)
        }
    }

    private func parseRegions(_ records: [Record], into result: inout FileResult<RegionEntry>) {
        let file = result.file
        for record in records {
            var found: [Diagnostic] = []
            guard
                var reader = FieldReader(
                    record.node, file: file, firstLine: record.firstLine, known: RegionEntry.keys, what: Message("what.region"), into: &found)
            else {
                result.diagnostics += found
                continue
            }
            checkRecordKeys(record, &reader)
            let entry = RegionEntry.read(&reader, body: record.body, bodyFirstLine: record.bodyFirstLine, units: units)
            result.diagnostics += found + reader.diagnostics
            if let entry { result.values.append(entry) }
        }
    }

    func loadPage(_ file: String, root: String, stamp: FileStamp? = nil) -> FileResult<PageEntry> {
        through(file, root: root, stamp: stamp, pick: { if case .pages(let result) = $0 { result } else { nil } }, wrap: { .pages($0) }) {
            self.parsePage($0, into: &$1)
        }
    }

    private func parsePage(_ records: [Record], into result: inout FileResult<PageEntry>) {
        let file = result.file
        if records.isEmpty { result.unloaded.append(Paths.stem(of: file)) }
        for record in records {
            var found: [Diagnostic] = []
            guard
                var reader = FieldReader(record.node, file: file, firstLine: record.firstLine, known: PageEntry.keys, what: Message("what.page"), into: &found)
            else {
                result.diagnostics += found
                continue
            }
            let entry = PageEntry.read(&reader, slug: record.slug ?? "", body: record.body, bodyFirstLine: record.bodyFirstLine)
            result.diagnostics += lenientIfDraft(record, found + reader.diagnostics)
            if let entry { result.values.append(entry) } else if let slug = record.slug { result.unloaded.append(slug) }
        }
    }

    /// A draft's unfinished fields as one warning, unless drafts are published.
    private func lenientIfDraft(_ record: Record, _ diagnostics: [Diagnostic]) -> [Diagnostic] {
        publishesDrafts || !DraftLeniency.isDraft(record.node) ? diagnostics : DraftLeniency.soften(diagnostics)
    }

    /// `slug` and `body` belong to JSON records; in Markdown the file name and the text after the
    /// front matter play their part.
    private func checkRecordKeys(_ record: Record, _ reader: inout FieldReader) {
        if record.slug != nil {
            for key in ["slug", "body"] where reader.has(key) {
                reader.report(
                    "CB0105", Message("load.notRead", ["key": "\(key)"]), at: key,
                    hint: Message(key == "slug" ? "load.notRead.slug" : "load.notRead.body"))
            }
        } else if reader.has("body") {
            _ = reader.string("body")
        }
    }

    /// The records in a file: one for Markdown, one or more for JSON; `hash` gets the hash of its bytes.
    package func records(_ file: String, root: String, hash: inout String?, into diagnostics: inout [Diagnostic]) -> [Record] {
        guard let bytes = read(file, root: root, into: &diagnostics) else { return [] }
        hash = Fingerprint.content(bytes)
        return records(file, bytes: bytes, into: &diagnostics)
    }

    /// The bytes of `file`, or nil and a diagnostic when it cannot be read.
    private func read(_ file: String, root: String, into diagnostics: inout [Diagnostic]) -> [UInt8]? {
        do { return try fileSystem.read(root + "/" + file) } catch {
            diagnostics.append(
                Diagnostic(
                    .error, "CB0004", Message("load.unreadable", ["file": "\(file)", "error": "\(error.localizedDescription)"]), file: file,
                    hint: Message("load.unreadable.hint")))
            return nil
        }
    }

    /// The records in the bytes of `file`.
    private func records(_ file: String, bytes: [UInt8], into diagnostics: inout [Diagnostic]) -> [Record] {
        guard let text = decode(bytes, file: file, into: &diagnostics) else { return [] }
        if Paths.fileExtension(of: file) == "json" { return jsonRecords(text, file: file, into: &diagnostics) }
        switch FrontMatter.split(text) {
        case .failure(.missingOpeningFence):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let firstText = lines.firstIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let hint =
                if let firstText, firstText > 0, lines[firstText].trimmingCharacters(in: .whitespaces) == "---" {
                    Message("load.emptyLinesFirst")
                } else {
                    Message("load.startWithFence")
                }
            diagnostics.append(
                Diagnostic(.error, "CB0002", Message("load.noFrontMatter", ["file": "\(file)"]), file: file, at: .init(line: 1, column: 1), hint: hint))
            return []
        case .failure(.notClosed(let line, let near, let bodyStart)):
            let hint =
                if let near {
                    Message("load.notClosed.near", ["line": "\(near)"])
                } else if let bodyStart {
                    Message("load.notClosed.body", ["line": "\(bodyStart)"])
                } else {
                    Message("load.notClosed.plain")
                }
            diagnostics.append(
                Diagnostic(
                    .error, "CB0002", Message("load.notClosed"), file: file, at: .init(line: line, column: 1),
                    hint: hint))
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
            let guess: Message.Argument = invalid.likely.map { .message(Message("load.notUTF8.guess", ["encoding": "\($0)"])) } ?? ""
            diagnostics.append(
                Diagnostic(
                    .error, "CB0003", Message("load.notUTF8", ["file": "\(file)", "guess": guess]), file: file, at: invalid.location,
                    hint: Message("load.notUTF8.hint")))
            return nil
        }
    }
}
