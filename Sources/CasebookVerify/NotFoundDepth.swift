import CasebookContent
import CasebookSupport
import Foundation

/// A server shows 404.html at the address that was missed, however deep: its relative links then
/// resolve below that address. Served three folders deep, every link of the page must still land
/// on a file of the site.
enum NotFoundDepth {
    /// The folder a missed address three levels deep stands for.
    static let deepFolder = "missing/deeper/deepest"

    /// One diagnostic for the references of `404.html` that do not resolve from three folders deep.
    static func check(_ references: [HTMLScanner.Reference], existing: Set<String>) -> [Diagnostic] {
        let broken = references.filter { reference in
            let url = reference.value
            guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/"), !URLPolicy.isExternal(url), !hasScheme(url) else { return false }
            var path = String(url.prefix { $0 != "#" && $0 != "?" })
            path = path.removingPercentEncoding ?? path
            guard let joined = Paths.join(deepFolder, path) else { return true }
            let target = path.hasSuffix("/") || path.hasSuffix(".") || path.isEmpty ? (joined.isEmpty ? "" : joined + "/") + "index.html" : joined
            return !existing.contains(target)
        }
        guard let first = broken.first else { return [] }
        return [
            Diagnostic(
                .error, "CB0158",
                Message("verify.notFoundDepth", ["count": "\(broken.count)", "first": "\(first.value)"]),
                file: "404.html", at: SourceLocation(line: first.line, column: first.column), hint: Message("verify.notFoundDepth.hint")
            )
        ]
    }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        return colon < (url.firstIndex(of: "/") ?? url.endIndex)
    }
}
