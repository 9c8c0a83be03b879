import Foundation

/// Pulls `href` and `src` values out of generated HTML, for link checks.
enum HTMLLinks {
    /// Every href/src attribute value, entity-decoded for `&amp;`.
    static func references(in html: String) -> [String] {
        var found: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"\s(?:href|src)="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        for match in pattern.matches(in: html, range: range) {
            if let value = Range(match.range(at: 1), in: html) {
                found.append(String(html[value]).replacingOccurrences(of: "&amp;", with: "&"))
            }
        }
        return found
    }

    /// The output file a relative reference from `page` lands on, or nil for external/fragment links.
    static func target(of reference: String, from page: String) -> String? {
        if reference.hasPrefix("#") || reference.contains("://") || reference.hasPrefix("mailto:") || reference.hasPrefix("tel:") { return nil }
        var path = reference
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() } else { return "<above the root>" }
            default: parts.append(String(part))
            }
        }
        let joined = parts.joined(separator: "/")
        if path.isEmpty || path.hasSuffix("/") || path == "." { return joined.isEmpty ? "index.html" : joined + "/index.html" }
        return joined
    }
}
