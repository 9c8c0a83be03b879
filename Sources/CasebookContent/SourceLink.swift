import CasebookMarkdown

/// A public document behind a case or region, such as the publicity notice.
public struct SourceLink: Sendable, Hashable, Codable {
    /// The document's title as the link's text.
    public let title: String
    /// Where the document is; `javascript:`, `data:` and the like are refused.
    public let url: String
    /// `YYYY-MM-DD`, when given.
    public let date: String?

    static let keys = ["title", "url", "date"]

    /// Reads one entry of `sources:`; unsafe schemes are refused.
    static func read(_ reader: inout FieldReader) -> SourceLink? {
        let title = reader.string("title", required: true)
        let url = reader.url("url", required: true)
        let date = reader.date("date")
        guard let title, let url else { return nil }
        return SourceLink(title: title, url: url, date: date)
    }
}

/// A key figure shown as a card on a region's page.
public struct Stat: Sendable, Hashable, Codable {
    /// What the figure counts (`参与企业`).
    public let label: String
    /// The figure, kept as the text written (`98%`, `1,200`).
    public let value: String
    /// The unit after the figure (`家`); nil when not given.
    public let unit: String?

    static let keys = ["label", "value", "unit"]

    static func read(_ reader: inout FieldReader) -> Stat? {
        let label = reader.string("label", required: true)
        let value = reader.string("value", required: true)
        let unit = reader.string("unit")
        guard let label, let value else { return nil }
        return Stat(label: label, value: value, unit: unit)
    }
}

/// Which URLs may appear in the output.
public enum URLPolicy {
    /// False for `javascript:`, `vbscript:`, `data:` and `file:` URLs, however they are spelt — the
    /// same judgement the Markdown renderer makes for links in bodies.
    public static func isSafe(_ url: String) -> Bool {
        let folded = url.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }.map(String.init).joined().lowercased()
        return !["javascript:", "vbscript:", "data:"].contains { folded.hasPrefix($0) } && !URLSafety.isUnsafe(url)
    }

    /// Whether `url` starts like a host name (`www.example.gov.cn/x`) but has no scheme, so a
    /// browser would take it as a path inside the site.
    public static func looksLikeHostWithoutScheme(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard !lower.hasPrefix("."), !lower.hasPrefix("/"), !lower.contains(":") else { return false }
        let host = lower.split(separator: "/", maxSplits: 1).first.map(String.init) ?? lower
        guard host.contains(".") else { return false }
        if host.hasPrefix("www.") { return true }
        return ["cn", "com", "net", "org", "gov", "edu"].contains(String(host.split(separator: ".").last ?? ""))
    }

    /// Whether `url` begins with a scheme (`https:`, `mailto:`, `javascript:` …): a link that no
    /// path rule applies to.
    package static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        let scheme = url[..<colon]
        return !scheme.isEmpty && !scheme.contains("/") && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// Whether the URL names another host (`https://…`, `//host/…`).
    public static func isExternal(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    }
}
