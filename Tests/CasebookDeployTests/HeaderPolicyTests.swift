import Casebook
import CasebookDeploy
import Testing

@testable import CasebookContent

/// Content-Type, Cache-Control and gzip of each kind of file, and the matchers that override them.
@Suite("Object headers")
struct HeaderPolicyTests {
    static let policy = HeaderPolicy(target: DeployTarget(name: "t", endpoint: "http://x", bucket: "b"))

    @Test("fingerprinted assets are immutable for a year; HTML, feeds, search manifest and open data revalidate")
    func cacheControl() {
        #expect(Self.policy.headers(for: "assets/style.3f2a9c1e0b.css").cacheControl == "public, max-age=31536000, immutable")
        for path in ["index.html", "cases/a/index.html", "feed.xml", "sitemap.xml", "search/data/main.js", "data/cases.json", "data/cases.csv"] {
            #expect(Self.policy.headers(for: path).cacheControl == HeaderPolicy.revalidated, "\(path)")
        }
        #expect(Self.policy.headers(for: "assets/logo.svg").cacheControl == HeaderPolicy.daily)
        #expect(Self.policy.headers(for: "search/data/t/3.js").cacheControl == HeaderPolicy.daily)
    }

    @Test("text is served as UTF-8")
    func contentType() {
        #expect(Self.policy.headers(for: "a/index.html").contentType == "text/html; charset=utf-8")
        #expect(Self.policy.headers(for: "search/data/t/1.js").contentType == "text/javascript; charset=utf-8")
        #expect(Self.policy.headers(for: "media/a.png").contentType == "image/png")
    }

    @Test("the first matching matcher overrides; gzip only for text")
    func matchers() {
        var target = DeployTarget(name: "t", endpoint: "http://x", bucket: "b")
        var pdf = DeployMatcher(pattern: "*.pdf")
        pdf.cacheControl = "no-cache"
        var media = DeployMatcher(pattern: "media/**")
        media.cacheControl = "public, max-age=600"
        target.matchers = [pdf, media]
        target.gzip = true
        let policy = HeaderPolicy(target: target)
        #expect(policy.headers(for: "media/x/report.pdf").cacheControl == "no-cache")
        #expect(policy.headers(for: "media/x/a.png").cacheControl == "public, max-age=600")
        #expect(policy.headers(for: "index.html").gzip && !policy.headers(for: "media/x/a.png").gzip)
    }

    @Test("globs: * stays in a folder, ** crosses folders, a bare name matches in any folder")
    func globs() {
        #expect(Glob("assets/*.css").matches("assets/a.css") && !Glob("assets/*.css").matches("assets/x/a.css"))
        #expect(Glob("assets/**").matches("assets/x/a.css") && Glob("**/index.html").matches("index.html"))
        #expect(Glob("*.pdf").matches("media/a/b.pdf") && !Glob("*.pdf").matches("media/a/b.pdfx"))
        #expect(Glob("data/?.json").matches("data/a.json") && !Glob("data/?.json").matches("data/ab.json"))
    }

    @Test("upload phases")
    func phases() {
        #expect(UploadPhase(path: "index.html") == .entry && UploadPhase(path: "search/data/main.js") == .entry)
        #expect(UploadPhase(path: "feed.xml") == .listings && UploadPhase(path: "robots.txt") == .listings)
        #expect(UploadPhase(path: "cases/a/index.html") == .pages && UploadPhase(path: "404.html") == .pages)
        #expect(UploadPhase(path: "data/cases.json") == .resources && UploadPhase(path: "search/data/t/0.js") == .resources)
    }
}
