/// The URL path a site is served under: `/` at a domain's root, or a sub-path such as
/// `/showcase/`. Always starts and ends with a slash, and holds only plain ASCII segments,
/// so it can be compared with decoded request paths and echoed in redirects as it is.
public struct BasePath: Sendable, Hashable, CustomStringConvertible {
    /// `/` or `/showcase/`.
    public let value: String
    /// The folders of the path: `[]` or `["showcase"]`.
    public let segments: [String]

    /// Accepts `showcase`, `/showcase`, `/showcase/` and `/a/b/`; refuses `..`, `%`, spaces and
    /// anything outside `A-Z a-z 0-9 - _ . ~`, with the reason.
    public init(_ raw: String) throws {
        let parts = raw.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for part in parts {
            let allowed = part.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.~".unicodeScalars.contains(scalar))
            }
            guard allowed, part != ".", part != ".." else {
                throw PreviewError.badBasePath(raw)
            }
        }
        segments = parts
        value = parts.isEmpty ? "/" : "/" + parts.joined(separator: "/") + "/"
    }

    /// The path as it is written in URLs and messages.
    public var description: String { value }
}
