import CasebookSupport

/// cmark-gfm writes every body's footnotes with the same ids (`fn-1`, `fnref-1`) and labels their
/// back-links in English ("Back to content", "Back to reference 1-2"). A page that shows several
/// bodies needs ids of its own for each, and a Chinese page Chinese labels. Text is escaped, so
/// these attribute spellings can only come from cmark.
enum Footnotes {
    /// `html` with `prefix` before every footnote id and link, and `backLabel` on every back-link.
    static func localize(_ html: String, prefix: String, backLabel: String) -> String {
        guard html.contains("data-footnote") else { return html }
        var result = html
        if !prefix.isEmpty {
            for attribute in ["id=\"", "href=\"#"] {
                for name in ["fnref-", "fn-"] {
                    result = result.replacingOccurrences(of: attribute + name, with: attribute + prefix + name)
                }
            }
        }
        var escaped: [UInt8] = []
        HTMLEscape.append(backLabel, to: &escaped)
        let label = "aria-label=\"" + String(decoding: escaped, as: UTF8.self) + "\""
        result = result.replacingOccurrences(of: "aria-label=\"Back to content\"", with: label)
        while let start = result.range(of: "aria-label=\"Back to reference "),
            let end = result[start.upperBound...].firstIndex(of: "\"")
        {
            result.replaceSubrange(start.lowerBound...end, with: label)
        }
        return result
    }
}
