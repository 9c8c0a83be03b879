import CasebookPages
import CasebookSupport
import Foundation

/// What each page is made from, hashed without making its model: a page whose inputs hash is the
/// one recorded beside it in the previous build is kept without being made at all.
///
/// A case's Markdown body shows on its own page and in the book, and nowhere else (lists, related
/// cases and the feeds show its front matter). So every page is made from the build's identity,
/// every file of the site with each published case file cut before its body, and the media
/// files' stamps; a case's page also from its whole file, the book from every whole file. Any
/// other edit changes the inputs of every page, and the pages are then kept or not by the hash
/// of their models, as before. The keys-verifying tests check that no page shows more than this.
struct PageInputs: Sendable {
    /// The inputs every page shares.
    private let shared: String
    /// The inputs of each published case's page, by index into `Site.cases`.
    private let cases: [String]
    /// The inputs of the book: everything.
    private let book: String
    /// The inputs of the files made beside the pages: the feeds, sitemap and open data show no
    /// body, and the theme's assets are part of the identity.
    let files: String

    init(site: Site, identity: String) {
        let caseFiles = Set(site.cases.map(\.file))
        var shared = "identity \(identity)\n", whole = ""
        for (file, hash) in site.sourceHashes.sorted(by: { $0.key < $1.key }) {
            let shown = caseFiles.contains(file) ? site.frontMatterHashes[file].map { "front " + $0 } : nil
            shared += "\(file) \(shown ?? hash)\n"
            whole += "\(file) \(hash)\n"
        }
        for media in site.media { shared += "media \(media) \(Self.stamp(site.root + "/" + media))\n" }
        let sharedHash = Fingerprint.content(shared)
        self.shared = sharedHash
        cases = site.cases.map { Fingerprint.content(sharedHash + " case " + (site.sourceHashes[$0.file] ?? "-")) }
        book = Fingerprint.content(sharedHash + " book\n" + whole)
        files = Fingerprint.content(sharedHash + " files")
    }

    /// The inputs hash of `job`'s page; nil for the search index's files, which are not pages.
    func key(for job: PageJob) -> String? {
        switch job {
        case .casePage(let index): cases[index]
        case .book: book
        case .searchIndex: nil
        case .home, .caseList, .regions, .unit, .taxonomy, .term, .page, .notFound, .search: shared
        }
    }

    /// What `stat` says of a media file (size, times, inode), or `missing`: an image replaced
    /// under the same name changes the sizes its pages show.
    private static func stamp(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        let stamp = FileStamp(info)
        return "\(stamp.size) \(stamp.modified) \(stamp.changed) \(stamp.inode)"
    }
}
