/// A public document behind a case or region, such as the publicity notice.
public struct SourceLink: Sendable, Hashable, Codable {
    public let title: String
    public let url: String
    /// `YYYY-MM-DD`, when given.
    public let date: String?

    static let keys = ["title", "url", "date"]

    /// Reads one entry of `sources:`; unsafe schemes are refused.
    static func read(_ reader: inout FieldReader) -> SourceLink? {
        let title = reader.string("title", required: true)
        let url = reader.string("url", required: true)
        let date = reader.date("date")
        guard let title, let url else { return nil }
        guard URLPolicy.isSafe(url) else {
            reader.report("CB0108", "the url '\(url)' uses a scheme that is never published", at: "url",
                          hint: "use an https:// address or a path inside the site")
            return nil
        }
        return SourceLink(title: title, url: url, date: date)
    }
}

/// A key figure shown as a card on a region's page.
public struct Stat: Sendable, Hashable, Codable {
    public let label: String
    public let value: String
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
    /// False for `javascript:`, `vbscript:` and `data:` URLs, however they are spelt.
    public static func isSafe(_ url: String) -> Bool {
        let folded = url.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }.map(String.init).joined().lowercased()
        return !["javascript:", "vbscript:", "data:"].contains { folded.hasPrefix($0) }
    }

    /// Whether the URL names another host (`https://…`, `//host/…`).
    public static func isExternal(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    }
}
