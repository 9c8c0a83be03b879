import Foundation
import HummingbirdTesting
import Testing

@testable import CasebookServer

@Suite("Edit, save, see")
struct LiveReloadTests {
    /// The status that open pages read; with `page`, as the page at that address reads it.
    static func status(_ client: some TestClientProtocol, page: String? = nil) async throws -> BuildStatus {
        let query = page.map { "?page=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? ""
        let response = try await client.execute(uri: "/__casebook/version" + query, method: .get)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(response.headers[.cacheControl] == "no-store")
        return try JSONDecoder().decode(BuildStatus.self, from: Data(response.body.readableBytesView))
    }

    /// How long to wait for a rebuild where its speed is not what a test checks: `swift test`
    /// runs every suite at once, and on two cores a rebuild may then wait seconds for a core.
    static let patience = 30.0

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Polls `condition` every 20 ms until it holds or `seconds` pass; returns the time it took.
    static func waitUntil(seconds limit: Double, _ condition: () async throws -> Bool) async throws -> Double? {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .milliseconds(Int(limit * 1000)) {
            if try await condition() {
                return seconds(ContinuousClock.now - start)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    @Test("a new title written into a case is served, with a new version")
    func editIsServed() async throws {
        let site = try PreviewSite()
        let log = ReportLog()
        let server = try site.server { log.add($0) }
        let app = server.application(from: try await server.start())
        // No time limit: `swift test` runs every suite at once on two cores, and a limit failed on loaded
        // machines. How fast a save reaches the page is measured by bench/serve, not asserted here.
        try await app.test(.router) { client in
            let before = try await Self.status(client)
            #expect(before.ok)
            log.add(nil)
            try site.write("content/cases/alpha.md", PreviewSite.caseFile(title: "乙平台新标题"))
            let took = try await Self.waitUntil(seconds: Self.patience) {
                text(try await client.execute(uri: "/showcase/cases/alpha/", method: .get).body).contains("乙平台新标题")
            }
            #expect(took != nil, "the new title was not served within \(Self.patience) s: \(log.lines)")
            let after = try await Self.status(client)
            #expect(after.ok)
            #expect(after.version != before.version)
            let page = text(try await client.execute(uri: "/showcase/cases/alpha/", method: .get).body)
            #expect(page.contains("var page = \"\(after.version)\""), "the edited page was changed by this version")
        }
    }

    @Test("a failed rebuild keeps the last good site and reports file:line to the pages")
    func failedBuild() async throws {
        let site = try PreviewSite()
        let server = try site.server()
        let app = server.application(from: try await server.start())
        try await app.test(.router) { client in
            let good = try await Self.status(client)
            try site.write("content/cases/alpha.md", PreviewSite.caseFile(title: "坏的", extra: "enterprise_type: 工厂\nyear: [unclosed"))
            var failed: BuildStatus?
            _ = try await Self.waitUntil(seconds: Self.patience) {
                let status = try await Self.status(client)
                failed = status.ok ? nil : status
                return failed != nil
            }
            let status = try #require(failed)
            #expect(status.version == good.version, "the last good site is still the one served")
            let problem = try #require(status.problems.first)
            #expect(problem.file == "content/cases/alpha.md")
            #expect(problem.line > 0)
            #expect(problem.location.hasPrefix("content/cases/alpha.md:\(problem.line)"))
            #expect(problem.severity == "error")
            #expect(!problem.code.isEmpty && !problem.message.isEmpty)
            let page = try await client.execute(uri: "/showcase/cases/alpha/", method: .get)
            #expect(page.status == .ok)
            #expect(text(page.body).contains("甲化工分类分级实践"))

            try site.write("content/cases/alpha.md", PreviewSite.caseFile(title: "修好了"))
            let fixed = try await Self.waitUntil(seconds: Self.patience) {
                let status = try await Self.status(client)
                return status.ok && status.version != good.version
            }
            #expect(fixed != nil)
        }
    }

    @Test("the overlay is built from text nodes, never from HTML of the diagnostics")
    func overlayScript() {
        let script = LiveReload.script(page: "abc.1", language: .en)
        #expect(!script.contains("innerHTML"))
        #expect(!script.contains("insertAdjacentHTML"))
        #expect(script.contains("createTextNode"))
        #expect(script.contains(LiveReload.overlayID))
        let injected = text(LiveReload.inject(into: Array("<html><BODY>x</Body></html>".utf8), page: "v", language: .en))
        #expect(injected.hasPrefix("<html><BODY>x<script data-casebook-preview data-"))
        #expect(injected.hasSuffix("</script>\n</Body></html>"))
        let bare = text(LiveReload.inject(into: Array("plain".utf8), page: "v", language: .en))
        #expect(bare.hasPrefix("plain<script"))
    }

    @Test("a site that never built shows a page that waits for the first good build")
    func brokenFromTheStart() async throws {
        let site = try PreviewSite()
        try site.write("content/cases/alpha.md", "---\ntitle: [\n---\n")
        let server = try site.server()
        let app = server.application(from: try await server.start())
        try await app.test(.router) { client in
            let status = try await Self.status(client)
            #expect(!status.ok)
            #expect(status.problems.contains { $0.file == "content/cases/alpha.md" })
            let page = try await client.execute(uri: "/showcase/", method: .get)
            #expect(page.status == .ok)
            #expect(text(page.body).contains("data-casebook-preview"))
        }
    }

    @Test("events stream the status; shutting down closes open streams", .timeLimit(.minutes(3)))
    func eventsAndShutdown() async throws {
        let site = try PreviewSite()
        let server = try site.server()
        let app = server.application(from: try await server.start())
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let response = try await RawHTTP.exchange(port: port, ["GET /__casebook/events HTTP/1.1", "Host: 127.0.0.1"]) {
                // The stream is chunked: the event ends with a blank line inside a chunk.
                $0.contains("event: status\ndata: {") && $0.contains("}\n\n")
            }
            #expect(response.hasPrefix("HTTP/1.1 200"))
            #expect(response.lowercased().contains("content-type: text/event-stream; charset=utf-8"))
            #expect(response.contains("\"ok\":true"))
            #expect(!response.contains("\"page\""), "no page named, no page version")
            let named = try await RawHTTP.exchange(port: port, ["GET /__casebook/events?page=%2Fshowcase%2Fnope%2F HTTP/1.1", "Host: 127.0.0.1"]) {
                $0.contains("}\n\n")
            }
            #expect(named.contains("\"page\":\"404."), "a page on a missing address is told the 404 page's version")
            // Leave one stream open: the test's graceful shutdown must still finish.
            let open = Task.detached {
                try? await RawHTTP.exchange(port: port, ["GET /__casebook/events HTTP/1.1", "Host: 127.0.0.1"], timeout: 30)
            }
            try await Task.sleep(for: .milliseconds(200))
            #expect(await server.state.listenerCount >= 1)
            _ = open
        }
    }
}

/// What the server reported, with the time since the test wrote its edit.
final class ReportLog: @unchecked Sendable {
    private let lock = NSLock()
    private var start = ContinuousClock.now
    private var entries: [String] = []

    /// Records a report; nil marks the moment of the edit.
    func add(_ report: PreviewReport?) {
        lock.withLock {
            guard let report else {
                start = .now
                entries.append("edit")
                return
            }
            entries.append("\(ContinuousClock.now - start): \(report)")
        }
    }

    var lines: [String] { lock.withLock { entries } }
}
