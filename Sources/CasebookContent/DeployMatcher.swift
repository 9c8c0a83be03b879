import CasebookSupport

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
                "CB0506", Message("matcher.notBelow", ["pattern": "\(FieldReader.shorten(pattern))"]), at: "pattern", hint: Message("matcher.notBelow.hint"))
            return nil
        }
        if matcher.cacheControl == nil, matcher.contentType == nil, matcher.gzip == nil {
            r.report(
                "CB0506", Message("matcher.empty", ["pattern": "\(FieldReader.shorten(pattern))"]), at: "pattern", hint: Message("matcher.empty.hint"))
            return nil
        }
        if [matcher.cacheControl, matcher.contentType].contains(where: { $0?.contains(where: { $0.isNewline || !$0.isASCII }) == true }) {
            r.report(
                "CB0506", Message("matcher.header", ["pattern": "\(FieldReader.shorten(pattern))", "header": "\(header)"]),
                at: "pattern", hint: Message("matcher.header.hint"))
            return nil
        }
        return matcher
    }
}
