import CasebookContent
import CasebookMarkdown
import CasebookPages
import CasebookSupport
import Foundation

/// Checks the links and images of every Markdown body against what the build writes, resolving
/// each destination the way `LinkResolver` does: relative to the source file when it names a
/// content file or a media file, otherwise relative to the published page; `/…` from the site root.
package struct LinkChecker: Sendable {
    let targets: LinkTargets

    package init(content: SiteContent, site: Site) {
        targets = LinkTargets(content: content, site: site)
    }

    /// One body to check: its links, the file it was written in and where it is published.
    package struct Body: Sendable {
        let links: [MarkdownLink]
        let file: String
        let route: String
        let bodyFirstLine: Int

        /// The body of `file` published at `route`, its text starting on line `bodyFirstLine`.
        package init(links: [MarkdownLink], file: String, route: String, bodyFirstLine: Int) {
            self.links = links
            self.file = file
            self.route = route
            self.bodyFirstLine = bodyFirstLine
        }
    }

    /// The problems of every link in `bodies`.
    package func check(_ bodies: [Body]) -> [Diagnostic] {
        bodies.flatMap { body in body.links.compactMap { check($0, in: body) } }
    }

    private func check(_ link: MarkdownLink, in body: Body) -> Diagnostic? {
        let destination = link.destination
        let what = Message(link.isImage ? "link.image" : "link.link")
        // JSON bodies sit inside one string: point at the body, not at a line inside it.
        let location =
            body.file.hasSuffix(".json")
            ? SourceLocation(line: body.bodyFirstLine, column: 0)
            : SourceLocation(line: body.bodyFirstLine + link.line - 1, column: link.column)
        func report(_ severity: Diagnostic.Severity, _ code: String, _ message: Message, _ hint: Message) -> Diagnostic {
            Diagnostic(severity, code, message, file: body.file, at: location, hint: hint)
        }

        if !URLPolicy.isSafe(destination) {
            return report(
                .warning, "CB0143", Message("link.scheme", ["what": .message(what), "destination": "\(FieldReader.shorten(destination))"]),
                Message("link.scheme.hint"))
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
                        .warning, "CB0142", Message("link.unpublished", ["what": .message(what), "destination": "\(destination)", "reason": "\(reason)"]),
                        Message("link.unpublished.hint"))
                }
                if targets.contentFiles.contains(fromSource) { return nil }
                let nearest = targets.contentFiles.filter { Paths.stem(of: $0) == Paths.stem(of: fromSource) }.sorted().first
                return report(
                    .error, "CB0140", Message("link.noSource", ["what": .message(what), "destination": "\(destination)", "path": "\(fromSource)"]),
                    nearest.map { Message("link.didYouMeanSource", ["path": "\(MediaReference.relative($0, from: body.file))"]) }
                        ?? Message("link.noSource.hint"))
            }
            if fromSource.hasPrefix("content/media/") {
                return checkMedia(fromSource, destination: destination, file: body.file, what: what, report: report)
            }
        }
        guard let output = Paths.join(String(body.route.dropLast()), path) else {
            return report(
                .error, "CB0140", Message("link.aboveRoot", ["what": .message(what), "destination": "\(destination)"]), Message("link.aboveRoot.hint"))
        }
        return checkOutput(output, destination: destination, file: body.file, what: what, report: report)
    }

    /// A path relative to the output root (`cases/x/`, `media/a.png`).
    private func checkOutput(
        _ output: String, destination: String, file: String, what: Message,
        report: (Diagnostic.Severity, String, Message, Message) -> Diagnostic
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
                .error, "CB0140", Message("link.notAPage", ["what": .message(what), "destination": "\(destination)", "path": "\(output)"]),
                Message("link.notAPage.hint"))
        }
        let route = folder.joined(separator: "/") + "/"
        if targets.routes.contains(route) || targets.isUnloaded(route) { return nil }
        if let reason = targets.unpublished[route] {
            return report(
                .warning, "CB0142", Message("link.unpublished", ["what": .message(what), "destination": "\(destination)", "reason": "\(reason)"]),
                Message("link.unpublished.hint"))
        }
        let nearest = Nearest.name(route, among: targets.routes(like: route))
        return report(
            .error, "CB0140", Message("link.notAPage", ["what": .message(what), "destination": "\(destination)", "path": "\(route)"]),
            nearest.map { Message("link.didYouMeanRoute", ["route": "\($0)"]) } ?? Message("link.noRoute.hint"))
    }

    private func checkMedia(
        _ path: String, destination: String, file: String?, what: Message,
        report: (Diagnostic.Severity, String, Message, Message) -> Diagnostic
    ) -> Diagnostic? {
        if targets.media.contains(path) { return nil }
        let nearest = Nearest.name(path, among: targets.media.sorted())
        let suggestion = nearest.map { found in
            destination.hasPrefix("/") ? "/" + found.dropFirst("content/".count) : file.map { MediaReference.relative(found, from: $0) } ?? found
        }
        return report(
            .error, "CB0141", Message("link.noSource", ["what": .message(what), "destination": "\(destination)", "path": "\(path)"]),
            suggestion.map { Message("media.didYouMean", ["path": "\($0)"]) } ?? Message("link.noMedia.hint"))
    }

    /// The destination without its `#fragment` or `?query`.
    private static func path(of destination: String) -> String {
        guard let index = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) else { return destination }
        return String(destination[..<index])
    }
}
