import CasebookContent
import CasebookMarkdown
import CasebookSupport
import Foundation

/// Checks the links and images of every Markdown body against what the build writes, resolving
/// each destination the way `LinkResolver` does: relative to the source file when it names a
/// content file or a media file, otherwise relative to the published page; `/…` from the site root.
struct LinkChecker: Sendable {
    let targets: LinkTargets

    init(content: SiteContent, site: Site) {
        targets = LinkTargets(content: content, site: site)
    }

    /// One body to check: its links, the file it was written in and where it is published.
    struct Body: Sendable {
        let links: [MarkdownLink]
        let file: String
        let route: String
        let bodyFirstLine: Int
    }

    /// The problems of every link in `bodies`.
    func check(_ bodies: [Body]) -> [Diagnostic] {
        bodies.flatMap { body in body.links.compactMap { check($0, in: body) } }
    }

    private func check(_ link: MarkdownLink, in body: Body) -> Diagnostic? {
        let destination = link.destination
        let what = link.isImage ? "image" : "link"
        // JSON bodies sit inside one string: point at the body, not at a line inside it.
        let location =
            body.file.hasSuffix(".json")
            ? SourceLocation(line: body.bodyFirstLine, column: 0)
            : SourceLocation(line: body.bodyFirstLine + link.line - 1, column: link.column)
        func report(_ severity: Diagnostic.Severity, _ code: String, _ message: String, _ hint: String) -> Diagnostic {
            Diagnostic(severity, code, message, file: body.file, at: location, hint: hint)
        }

        if !URLPolicy.isSafe(destination) {
            return report(
                .warning, "CB0143", "the \(what) '\(FieldReader.shorten(destination))' uses a scheme that is never published; it is left out of the page",
                "link to an https:// address or to a page of the site")
        }
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") || URLPolicy.hasScheme(destination) { return nil }
        let written = Self.path(of: destination)
        let path = written.removingPercentEncoding ?? written
        if path.hasPrefix("/") {
            return checkOutput(String(path.dropFirst()), destination: destination, file: body.file, what: what, report: report)
        }
        if let fromSource = Paths.join(Paths.folder(of: body.file), path) {
            if targets.routeOfSource[fromSource] != nil { return nil }
            if fromSource.hasPrefix("content/"), fromSource.hasSuffix(".md") {
                if let reason = targets.unpublishedSources[fromSource] {
                    return report(
                        .warning, "CB0142", "the \(what) '\(destination)' leads to \(reason), which this build does not publish",
                        "publish it, or remove the link until it is published")
                }
                if targets.contentFiles.contains(fromSource) { return nil }
                let nearest = targets.contentFiles.filter { Paths.stem(of: $0) == Paths.stem(of: fromSource) }.sorted().first
                return report(
                    .error, "CB0140", "the \(what) '\(destination)' points to \(fromSource), which does not exist",
                    nearest.map { "did you mean \(MediaReference.relative($0, from: body.file))? Paths are relative to this file" }
                        ?? "write the path of another content file relative to this one, for example ../other-case.md")
            }
            if fromSource.hasPrefix("content/media/") {
                return checkMedia(fromSource, destination: destination, file: body.file, what: what, report: report)
            }
        }
        guard let output = Paths.join(String(body.route.dropLast()), path) else {
            return report(.error, "CB0140", "the \(what) '\(destination)' climbs above the root of the site", "remove the extra `../`")
        }
        return checkOutput(output, destination: destination, file: body.file, what: what, report: report)
    }

    /// A path relative to the output root (`cases/x/`, `media/a.png`).
    private func checkOutput(
        _ output: String, destination: String, file: String, what: String,
        report: (Diagnostic.Severity, String, String, String) -> Diagnostic
    ) -> Diagnostic? {
        let segments = output.split(separator: "/").map(String.init)
        guard let section = segments.first, LinkTargets.checkedSections.contains(section) else { return nil }
        if section == "media" {
            return checkMedia("content/" + segments.joined(separator: "/"), destination: destination, file: file, what: what, report: report)
        }
        var folder = segments
        if folder.last == "index.html" { folder.removeLast() }
        if let last = folder.last, last.contains(".") {
            return report(
                .error, "CB0140", "the \(what) '\(destination)' leads to \(output), which the site does not have",
                "files other than pages belong in content/media/")
        }
        let route = folder.joined(separator: "/") + "/"
        if targets.routes.contains(route) || targets.isUnloaded(route) { return nil }
        if let reason = targets.unpublished[route] {
            return report(
                .warning, "CB0142", "the \(what) '\(destination)' leads to \(reason), which this build does not publish",
                "publish it, or remove the link until it is published")
        }
        let nearest = Nearest.name(route, among: targets.routes(like: route))
        return report(
            .error, "CB0140", "the \(what) '\(destination)' leads to \(route), which the site does not have",
            nearest.map { "did you mean \($0)? Links without a file name are relative to the published page" }
                ?? "links without a file name are relative to the published page (a case is at cases/<slug>/); or link to the file, for example ../other-case.md"
        )
    }

    private func checkMedia(
        _ path: String, destination: String, file: String?, what: String,
        report: (Diagnostic.Severity, String, String, String) -> Diagnostic
    ) -> Diagnostic? {
        if targets.media.contains(path) { return nil }
        let nearest = Nearest.name(path, among: targets.media.sorted())
        let suggestion = nearest.map { found in
            destination.hasPrefix("/") ? "/" + found.dropFirst("content/".count) : file.map { MediaReference.relative(found, from: $0) } ?? found
        }
        return report(
            .error, "CB0141", "the \(what) '\(destination)' points to \(path), which does not exist",
            suggestion.map { "did you mean \($0)?" } ?? "put the file in content/media/ and write its path relative to this file")
    }

    /// The destination without its `#fragment` or `?query`.
    private static func path(of destination: String) -> String {
        guard let index = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return destination }
        return String(destination[..<index])
    }
}
