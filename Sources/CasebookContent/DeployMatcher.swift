/// A `matchers:` entry of a deploy target: the files whose key matches `pattern` get these headers
/// instead of the defaults. The first matching entry wins.
public struct DeployMatcher: Sendable, Hashable {
    /// A glob over the object key below the prefix: `*` stays within a folder, `**` crosses folders,
    /// `?` is one character; a pattern without `/` matches the file name in any folder.
    public var pattern: String
    /// The `Cache-Control` header of matching files; nil keeps the default.
    public var cacheControl: String?
    /// The `Content-Type` header of matching files; nil keeps the default.
    public var contentType: String?
    /// Whether matching text files are stored gzip-compressed; nil keeps the target's `gzip:`.
    public var gzip: Bool?

    /// A matcher with only a pattern.
    public init(pattern: String) { self.pattern = pattern }

    static let keys = ["pattern", "cache_control", "content_type", "gzip"]

    /// Reads one entry of `matchers:`; nil when it is unusable.
    static func read(_ r: inout FieldReader) -> DeployMatcher? {
        guard let pattern = r.string("pattern", required: true) else { return nil }
        var matcher = DeployMatcher(pattern: pattern)
        matcher.cacheControl = r.string("cache_control")
        matcher.contentType = r.string("content_type")
        if r.has("gzip") { matcher.gzip = r.bool("gzip") }
        let header = matcher.cacheControl.map { "cache_control: \($0)" } ?? matcher.contentType.map { "content_type: \($0)" } ?? ""
        if pattern.hasPrefix("/") || pattern.contains("..") || pattern.contains("\n") {
            r.report(
                "CB0506", "matcher pattern '\(FieldReader.shorten(pattern))' must be a path below the prefix", at: "pattern",
                hint: "write it without a leading / or .., for example `pattern: \"assets/**\"`")
            return nil
        }
        if matcher.cacheControl == nil, matcher.contentType == nil, matcher.gzip == nil {
            r.report(
                "CB0506", "matcher '\(FieldReader.shorten(pattern))' sets nothing", at: "pattern",
                hint: "add cache_control, content_type or gzip, for example `cache_control: \"public, max-age=86400\"`")
            return nil
        }
        if [matcher.cacheControl, matcher.contentType].contains(where: { $0?.contains(where: { $0.isNewline || !$0.isASCII }) == true }) {
            r.report(
                "CB0506", "matcher '\(FieldReader.shorten(pattern))' has a header value that is not one line of ASCII (\(header))",
                at: "pattern", hint: "HTTP header values are ASCII; for example `content_type: application/pdf`")
            return nil
        }
        return matcher
    }
}
