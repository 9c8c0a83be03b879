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
                        .error, "CB0106", "the case slug '\(entry.slug)' is not a valid folder name", file: entry.file, at: location,
                        hint: renameHint(entry.slug, file: entry.file)))
            } else if let other = firstFile[entry.slug] {
                found.append(
                    Diagnostic(
                        .error, "CB0107", "the slug '\(entry.slug)' is already used by \(other == entry.file ? "another case in this file" : other)",
                        file: entry.file, at: location,
                        hint: entry.file.hasSuffix(".json")
                            ? "give this case another `slug`; slugs are unique across all cases"
                            : "rename one of the files; slugs are unique across all cases, Markdown and JSON"))
            } else {
                firstFile[entry.slug] = entry.file
            }
        }
        var pageFiles: [String: String] = [:]
        for page in content.pages {
            if !Slug.isValid(page.slug) {
                found.append(
                    Diagnostic(
                        .error, "CB0106", "the page file name '\(page.slug)' is not a valid folder name", file: page.file,
                        hint: renameHint(page.slug, file: page.file)))
            } else if let other = pageFiles[page.slug] {
                found.append(
                    Diagnostic(
                        .error, "CB0107", "the page name '\(page.slug)' is already used by \(other)", file: page.file,
                        hint: "rename one of the files; pages are published as pages/<file name>/"))
            } else {
                pageFiles[page.slug] = page.file
            }
        }
        return found
    }

    /// "rename the file to content/cases/zi-chan.md" or "write `slug: zi-chan`".
    private static func renameHint(_ slug: String, file: String) -> String {
        let suggestion = Slug.make(slug)
        let rule = "slugs use lower-case ASCII letters, digits and hyphens"
        guard !suggestion.isEmpty else { return rule }
        if file.hasSuffix(".json") { return "\(rule): write `\"slug\": \"\(suggestion)\"`" }
        let folder = Paths.folder(of: file)
        return "\(rule): rename the file to \(folder.isEmpty ? "" : folder + "/")\(suggestion).\(Paths.fileExtension(of: file))"
    }
}
