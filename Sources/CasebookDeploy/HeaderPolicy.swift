import Casebook
import CasebookContent
import CasebookSupport

/// The headers each object is stored with. Content-Type by extension, with `charset=utf-8` for
/// text; Cache-Control by what the file is: fingerprinted assets forever, HTML, feeds, the search
/// manifest and open data for a short time and revalidated, the rest for a day. Matchers override.
public struct HeaderPolicy: Sendable {
    /// Fingerprinted assets: their name changes with their content, so they are cached for a year.
    public static let immutable = "public, max-age=31536000, immutable"
    /// Pages, feeds, the search manifest and open data: cached five minutes, then checked again.
    public static let revalidated = "public, max-age=300, must-revalidate"
    /// Everything else: cached for a day.
    public static let daily = "public, max-age=86400"

    let matchers: [(glob: Glob, matcher: DeployMatcher)]
    let gzip: Bool

    /// The policy of a target.
    public init(target: DeployTarget) {
        matchers = target.matchers.map { (Glob($0.pattern), $0) }
        gzip = target.gzip
    }

    /// The headers of the file at `path` (relative to the output folder).
    public func headers(for path: String) -> ObjectHeaders {
        let matcher = matchers.first { $0.glob.matches(path) }?.matcher
        let type = matcher?.contentType ?? MediaTypes.contentType(for: path)
        let cache = matcher?.cacheControl ?? Self.cacheControl(for: path)
        let compress = (matcher?.gzip ?? gzip) && Self.isCompressible(type)
        return ObjectHeaders(contentType: type, cacheControl: cache, gzip: compress)
    }

    /// The default Cache-Control of `path`.
    public static func cacheControl(for path: String) -> String {
        if isFingerprinted(path) { return immutable }
        if MediaTypes.isHTML(path) || path.hasSuffix(".xml") || path.hasPrefix("data/") || path == "robots.txt" || path == "search/data/main.js" {
            return revalidated
        }
        return daily
    }

    /// `assets/style.3f2a9c1e0b.css`: a theme asset named by its content hash.
    public static func isFingerprinted(_ path: String) -> Bool {
        guard path.hasPrefix("assets/") else { return false }
        let parts = (path.split(separator: "/").last ?? "").split(separator: ".")
        return parts.count >= 3 && parts.dropFirst().contains { $0.count == 10 && $0.allSatisfy(\.isHexDigit) }
    }

    static func isCompressible(_ type: String) -> Bool {
        type.hasPrefix("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript")
    }
}
