import CasebookBook
import CasebookContent
import CasebookOutput
import CasebookPages
import CasebookSupport
import CasebookTheme
import Foundation

/// `casebook book`: load and check the site as a build does, render the book alone, and write it
/// into an output folder next to whatever is there (the built site, usually).
public struct BookBuilder: Sendable {
    /// What one run found and made.
    public struct Result: Sendable {
        /// Every diagnostic, sorted by file and line.
        public let diagnostics: [Diagnostic]
        /// The rendered book; nil when an error stopped it.
        public let book: RenderedBook?
    }

    let fileSystem: any FileSystem

    /// A builder reading the site through `fileSystem`.
    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Checks the site at `source` exactly as `casebook build` does, then renders the book of what
    /// it publishes under `options`, narrowed by `selection`. Content errors leave `book` nil.
    public func render(source: String, options: BuildOptions = .init(), selection: BookSelection = .init()) throws -> Result {
        // The site's own checks (links, templates, media …) decide whether the book may be made:
        // one set of rules, for the price of loading the content twice.
        let diagnostics = try SiteBuilder(fileSystem: fileSystem).diagnostics(source: source, options: options)
        guard !diagnostics.hasErrors else { return Result(diagnostics: diagnostics, book: nil) }
        let root = URL(fileURLWithPath: source).standardizedFileURL.path
        guard let content = try ContentLoader(fileSystem: fileSystem).load(root).content else { return Result(diagnostics: diagnostics, book: nil) }
        var reported: [Diagnostic] = [] // the same as the checks' own, already in `diagnostics`
        let site = Site(content, options: options)
        let theme = Theme.load(name: site.config.theme, language: site.config.language, root: root, fileSystem: fileSystem, diagnostics: &reported)
        let templates = Templates(theme: theme, diagnostics: &reported)
        let book = Book(site: site, selection: selection)
        let assets = Assets(theme: theme)
        let renderer = BookRenderer(book: book, strings: theme.strings, assets: assets, templates: templates, inSite: false)
        let stylesheet = assets.files.filter { $0.path == assets["book.css"] }
        return Result(
            diagnostics: diagnostics,
            book: RenderedBook(renderer: renderer, bodies: BookBodies(book: book, strings: theme.strings), sourceRoot: root, extraFiles: stylesheet))
    }
}

/// A rendered book, ready to be written and printed: its page, its stylesheet, the media it
/// may show, and what it takes to render the page again with page numbers.
public struct RenderedBook: Sendable {
    let renderer: BookRenderer
    let bodies: BookBodies
    let sourceRoot: String
    /// The fingerprinted stylesheet.
    let extraFiles: [OutputFile]

    /// Number of cases in the book.
    public var caseCount: Int { renderer.book.cases.count }
    /// Number of region entries (a unit in a year) in the book.
    public var regionCount: Int { renderer.book.regions.count }

    /// The book page, with page numbers in the contents and indexes when `pages` holds them.
    public func page(pages: [String: Int] = [:]) -> OutputFile { renderer.render(bodies: bodies, pages: pages) }

    /// The PDF's document information: the cover's title and subtitle, the site's copyright
    /// holder (else the book's publisher) as author, and Casebook as the creator.
    var pdfInfo: PDFInfo.Fields {
        let site = renderer.book.site
        return PDFInfo.Fields(
            title: renderer.title, author: site.config.copyright ?? renderer.book.settings.publisher,
            subject: renderer.book.settings.subtitle ?? renderer.strings["book_subtitle"],
            creator: "Casebook " + CasebookVersion.current)
    }

    /// The page as it is printed to PDF: links into the site name its published address, or are
    /// plain text when site.yaml has no base_url.
    public func printPage(pages: [String: Int] = [:]) -> OutputFile {
        renderer.render(bodies: BookBodies(book: renderer.book, forPrint: true, strings: renderer.strings), pages: pages)
    }

    /// Writes `book/index.html`, the stylesheet and the site's media into `output`, leaving every
    /// other file there alone. A folder that exists must be empty or made by Casebook.
    public func write(to output: String) throws {
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: output).standardizedFileURL
        let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        if folder.path == sourceRoot || folder.path == sourceRoot + "/content" || folder.path.hasPrefix(sourceRoot + "/content/") {
            throw OutputTarget.Refusal(.bookInSources, path: output)
        }
        if !entries.isEmpty, !entries.contains(OutputWriter.marker) {
            throw OutputTarget.Refusal(.bookAmongForeignFiles, path: output)
        }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        if entries.isEmpty {
            try Data("This folder was written by casebook; casebook build replaces it as a whole.\n".utf8).write(
                to: folder.appendingPathComponent(OutputWriter.marker))
        }
        for file in [page()] + extraFiles {
            let url = folder.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url, options: .atomic)
        }
        for media in renderer.site.media {
            let target = folder.appendingPathComponent(String(media.dropFirst("content/".count)))
            guard !manager.contentsEqual(atPath: sourceRoot + "/" + media, andPath: target.path) else { continue }
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: target)
            try manager.copyItem(atPath: sourceRoot + "/" + media, toPath: target.path)
        }
    }
}
