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
                    .error, "CB0401", Message("verify.foreign", ["file": "\(file)", "url": "\(url)"]), file: file, at: location,
                    hint: Message("verify.foreign.hint"))
            ]
        }
        let lower = url.lowercased()
        if lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") { return [] }
        if !URLPolicy.isSafe(url) {
            return [Diagnostic(.error, "CB0404", Message("verify.unsafe", ["file": "\(file)"]), file: file, at: location, hint: Message("verify.unsafe.hint"))]
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
                    .warning, "CB0403", Message("verify.rootAbsolute", ["file": "\(file)", "url": "\(url)"]),
                    file: file, at: location, hint: Message("verify.rootAbsolute.hint")))
            target = resolve(String(path.dropFirst()), from: "")
        } else {
            guard file != "404.html" else { return [] }
            target = resolve(path, from: Paths.folder(of: file))
        }
        guard existing.contains(target) else {
            return diagnostics + [
                Diagnostic(
                    .error, "CB0402", Message("verify.missing", ["file": "\(file)", "url": "\(url)", "target": "\(target)"]), file: file, at: location,
                    hint: Message("verify.missing.hint"))
            ]
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), ids[target]?.contains(fragment.removingPercentEncoding ?? fragment) == false {
            diagnostics.append(
                Diagnostic(
                    .error, "CB0405", Message("verify.anchor", ["file": "\(file)", "fragment": "\(fragment)", "target": "\(target)"]), file: file,
                    at: location, hint: Message("verify.anchor.hint")))
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
