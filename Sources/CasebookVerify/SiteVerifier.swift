import CasebookContent
import CasebookSupport
import Foundation

/// Checks a built site folder as a reader's browser would meet it: every internal link and asset
/// resolves to a file (folders to their index.html), every `#fragment` names an element that
/// exists, and nothing is loaded from another host.
public struct SiteVerifier: Sendable {
    let fileSystem: any FileSystem

    /// A verifier reading through `fileSystem`, the disk unless a test gives another.
    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Every problem in the site at `folder`, located in the output files.
    public func verify(_ folder: String) -> [Diagnostic] {
        let entries = fileSystem.walk(folder).filter { !$0.isSymlink }.map(\.path)
        let existing = Set(entries)
        let pages = entries.filter { $0.hasSuffix(".html") }
        var ids: [String: Set<String>] = [:]
        var texts: [String: String] = [:]
        for page in pages {
            let text = (try? fileSystem.read(folder + "/" + page)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            texts[page] = text
            ids[page] = HTMLScanner.ids(in: text)
        }
        var found: [Diagnostic] = []
        for page in pages {
            let references = HTMLScanner.references(in: texts[page] ?? "")
            for reference in references {
                found += check(reference, in: page, existing: existing, ids: ids)
            }
            if page == "404.html" { found += NotFoundDepth.check(references, existing: existing) }
        }
        for stylesheet in entries where stylesheet.hasSuffix(".css") {
            let text = (try? fileSystem.read(folder + "/" + stylesheet)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            for reference in HTMLScanner.cssReferences(in: text) {
                found += check(reference, in: stylesheet, existing: existing, ids: ids)
            }
        }
        return found.sortedForDisplay()
    }

    private func check(_ reference: HTMLScanner.Reference, in file: String, existing: Set<String>, ids: [String: Set<String>]) -> [Diagnostic] {
        let url = reference.value
        let location = SourceLocation(line: reference.line, column: reference.column)
        if URLPolicy.isExternal(url) {
            guard reference.loads else { return [] }
            return [
                Diagnostic(
                    .error, "CB0401", "\(file) loads \(url) from another host", file: file, at: location,
                    hint: "copy the resource into the site (themes/<name>/assets/ or content/media/) so no request leaves the site")
            ]
        }
        let lower = url.lowercased()
        if lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") { return [] }
        if !URLPolicy.isSafe(url) {
            return [Diagnostic(.error, "CB0404", "\(file) links to an unsafe URL", file: file, at: location, hint: "remove the javascript:/data: URL")]
        }
        if url.contains(":") && !url.hasPrefix("#") && url.firstIndex(of: ":")! < (url.firstIndex(of: "/") ?? url.endIndex) { return [] }
        var path = url, fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        path = path.removingPercentEncoding ?? path
        var diagnostics: [Diagnostic] = []
        let target: String
        if path.isEmpty {
            target = file
        } else if path.hasPrefix("/") {
            guard file != "404.html" else { return [] }
            diagnostics.append(
                Diagnostic(
                    .warning, "CB0403", "\(file) has a root-absolute link \(url), which breaks under a sub-path and from disk",
                    file: file, at: location, hint: "use a link relative to the page"))
            target = resolve(String(path.dropFirst()), from: "")
        } else {
            guard file != "404.html" else { return [] }
            target = resolve(path, from: Paths.folder(of: file))
        }
        guard existing.contains(target) else {
            return diagnostics + [
                Diagnostic(
                    .error, "CB0402", "\(file) links to \(url), but \(target) does not exist", file: file, at: location,
                    hint: "fix the link or add the missing page or file")
            ]
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), ids[target]?.contains(fragment.removingPercentEncoding ?? fragment) == false {
            diagnostics.append(
                Diagnostic(
                    .error, "CB0405", "\(file) links to #\(fragment), which \(target) does not have", file: file, at: location,
                    hint: "link to an id that exists on the page"))
        }
        return diagnostics
    }

    /// `../x/` from `cases/a` → `cases/x/index.html`.
    private func resolve(_ path: String, from folder: String) -> String {
        let joined = Paths.join(folder, path) ?? "<above the site root>"
        if path.hasSuffix("/") || path == "." || path == ".." || path.hasSuffix("/.") || path.hasSuffix("/..") {
            return joined.isEmpty ? "index.html" : joined + "/index.html"
        }
        return joined
    }
}
