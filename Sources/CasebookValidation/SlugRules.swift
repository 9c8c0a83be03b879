import CasebookContent
import CasebookSupport

/// Slugs become folder names: ASCII `[a-z0-9-]`, and unique among cases (Markdown and JSON
/// together) and among pages.
enum SlugRules {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var firstFile: [String: String] = [:]
        for entry in content.cases {
            let location = entry.location(of: "slug")
            if !Slug.isValid(entry.slug) {
                found.append(
                    Diagnostic(
                        .error, "CB0106", Message("slug.invalidCase", ["slug": "\(entry.slug)"]), file: entry.file, at: location,
                        hint: renameHint(entry.slug, file: entry.file)))
            } else if let other = firstFile[entry.slug] {
                found.append(
                    Diagnostic(
                        .error, "CB0107",
                        Message("slug.taken", ["slug": "\(entry.slug)", "other": other == entry.file ? .message(Message("slug.anotherInFile")) : "\(other)"]),
                        file: entry.file, at: location, hint: Message(entry.file.hasSuffix(".json") ? "slug.taken.json" : "slug.taken.hint")))
            } else {
                firstFile[entry.slug] = entry.file
            }
        }
        var pageFiles: [String: String] = [:]
        for page in content.pages {
            if !Slug.isValid(page.slug) {
                found.append(
                    Diagnostic(
                        .error, "CB0106", Message("slug.invalidPage", ["slug": "\(page.slug)"]), file: page.file,
                        hint: renameHint(page.slug, file: page.file)))
            } else if let other = pageFiles[page.slug] {
                found.append(
                    Diagnostic(
                        .error, "CB0107", Message("slug.pageTaken", ["slug": "\(page.slug)", "other": "\(other)"]), file: page.file,
                        hint: Message("slug.pageTaken.hint")))
            } else {
                pageFiles[page.slug] = page.file
            }
        }
        return found
    }

    /// "rename the file to content/cases/zi-chan.md" or "write `slug: zi-chan`".
    private static func renameHint(_ slug: String, file: String) -> Message {
        let suggestion = Slug.make(slug)
        guard !suggestion.isEmpty else { return Message("slug.rule") }
        if file.hasSuffix(".json") { return Message("slug.rule.json", ["suggestion": "\(suggestion)"]) }
        let folder = Paths.folder(of: file)
        return Message("slug.rule.rename", ["path": "\(folder.isEmpty ? "" : folder + "/")\(suggestion).\(Paths.fileExtension(of: file))"])
    }
}
