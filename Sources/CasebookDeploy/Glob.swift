/// The patterns of `matchers:`: `*` any characters but `/`, `**` any characters, `?` one character
/// but `/`. A pattern without `/` is matched against the file name, in any folder.
public struct Glob: Sendable, Hashable {
    /// The pattern as written in a matcher of site.yaml.
    public let pattern: String

    /// A glob of this pattern.
    public init(_ pattern: String) { self.pattern = pattern }

    /// Whether `path` (relative, `/`-separated) matches.
    public func matches(_ path: String) -> Bool {
        let subject = pattern.contains("/") ? path : String(path.split(separator: "/").last ?? "")
        return Self.match(Array(pattern.unicodeScalars), 0, Array(subject.unicodeScalars), 0)
    }

    private static func match(_ p: [Unicode.Scalar], _ i: Int, _ s: [Unicode.Scalar], _ j: Int) -> Bool {
        if i == p.count { return j == s.count }
        if p[i] == "*" {
            let crosses = i + 1 < p.count && p[i + 1] == "*"
            let next = crosses ? i + 2 : i + 1
            // `**/` also matches no folder at all, so `assets/**/x` matches `assets/x`.
            if crosses, next < p.count, p[next] == "/", match(p, next + 1, s, j) { return true }
            var k = j
            while true {
                if match(p, next, s, k) { return true }
                guard k < s.count, crosses || s[k] != "/" else { return false }
                k += 1
            }
        }
        guard j < s.count else { return false }
        if p[i] == "?" { return s[j] != "/" && match(p, i + 1, s, j + 1) }
        return p[i] == s[j] && match(p, i + 1, s, j + 1)
    }
}
