import Casebook
import Foundation
import HummingbirdTesting
import Testing

@testable import CasebookServer
@testable import CasebookSupport

@Suite("A safe server")
struct SafetyTests {
    /// Requests that try to leave the site, each as a browser would never send it.
    static let attempts = [
        "/showcase/../secret.txt", "/showcase/../../secret.txt", "/showcase/%2e%2e/secret.txt", "/showcase/%2E%2E/%2e%2e/secret.txt",
        "/showcase/.%2e/secret.txt", "/showcase/..%2fsecret.txt", "/showcase/..%2Fsecret.txt", "/showcase/%2e%2e%2fsecret.txt",
        "/showcase/..\\secret.txt", "/showcase/..%5csecret.txt", "/showcase/%5c..%5csecret.txt",
        "/showcase//etc/passwd", "//etc/passwd", "/showcase/%2fetc%2fpasswd", "/etc/passwd", "/showcase/etc/passwd",
        "/showcase/media/../../../secret.txt", "/showcase/media/%2e%2e/%2e%2e/%2e%2e/secret.txt",
        "/showcase/media/note.txt%00.html", "/showcase/%00", "/showcase/media/%c0%ae%c0%ae/secret.txt", "/showcase/%ZZ",
        "/showcase/./index.html", "/showcase/media/leak.txt", "/showcase/media/escape/secret.txt", "/showcase/.casebook-output",
        "/showcase/content/cases/alpha.md", "/showcase/site.yaml", "/__casebook/../showcase/",
    ]

    @Test("no traversal attempt gets anything but 400 or 404, and never a file outside the output")
    func traversalIsRefused() async throws {
        let site = try PreviewSite()
        // Symbolic links out of the site, inside the media folder the build copies from.
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/media/leak.txt", withDestinationPath: site.folder + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: site.root + "/content/media/escape", withDestinationPath: site.folder)
        let server = try site.server()
        let app = server.application(from: try await server.start())
        try await app.test(.router) { client in
            for attempt in Self.attempts {
                let response = try await client.execute(uri: attempt, method: .get)
                #expect([400, 404].contains(response.status.code), "\(attempt) gave \(response.status)")
                let body = text(response.body)
                #expect(!body.contains(PreviewSite.secret) && !body.contains("root:x:0:0") && !body.contains("enterprise_type"), "\(attempt)")
            }
        }
    }

    @Test("the same attempts over a real socket, request line as written")
    func traversalOverTheWire() async throws {
        let site = try PreviewSite()
        let server = try site.server()
        let app = server.application(from: try await server.start())
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for attempt in Self.attempts + ["/showcase/..", "/showcase/%2e%2e"] {
                let response = try await RawHTTP.exchange(port: port, ["GET \(attempt) HTTP/1.1", "Host: 127.0.0.1", "Connection: close"])
                let status = RawHTTP.status(of: response)
                // The HTTP parser may refuse a request line before it reaches the server (also 400).
                #expect(status == 400 || status == 404 || response.isEmpty, "\(attempt) gave \(status)")
                #expect(!response.contains(PreviewSite.secret) && !response.contains("root:x:0:0"), "\(attempt)")
            }
            let fine = try await RawHTTP.exchange(port: port, ["GET /showcase/cases/alpha/ HTTP/1.1", "Host: 127.0.0.1", "Connection: close"])
            #expect(RawHTTP.status(of: fine) == 200)
        }
    }

    @Test("request paths are decoded once, strictly")
    func requestPaths() {
        #expect(RequestPath("/")?.filePath == "index.html")
        #expect(RequestPath("/showcase/cases/a/")?.segments == ["showcase", "cases", "a"])
        #expect(RequestPath("/showcase/cases/a/")?.filePath == "showcase/cases/a/index.html")
        #expect(RequestPath("/media/%E6%A1%88%E4%BE%8B.pdf")?.segments == ["media", "案例.pdf"])
        #expect(RequestPath("/a%20b.txt")?.segments == ["a b.txt"])
        for refused in [
            "", "x", "/..", "/a/../b", "/%2e%2e/", "/.%2E/", "/./", "/a//b", "//a", "/a%2fb", "/a%5Cb", "/a\\b",
            "/a%00", "/a%0d%0aSet-Cookie:x", "/%", "/%4", "/%G0", "/%ff", "/%c0%af",
        ] {
            #expect(RequestPath(refused) == nil, "\(refused)")
        }
    }

    @Test("base paths are plain folders")
    func basePaths() throws {
        #expect(try BasePath("/").value == "/")
        #expect(try BasePath("").value == "/")
        #expect(try BasePath("showcase").value == "/showcase/")
        #expect(try BasePath("/a/b").value == "/a/b/")
        for bad in ["/../", "/a b/", "/%2e/", "/示例/", "/a?b/", "/a\\b/"] {
            #expect(throws: PreviewError.self, "\(bad)") { try BasePath(bad) }
        }
    }

    @Test("text types say charset=utf-8")
    func mediaTypes() {
        let expected = [
            "a.html": "text/html; charset=utf-8", "a.css": "text/css; charset=utf-8", "a.js": "text/javascript; charset=utf-8",
            "a.svg": "image/svg+xml; charset=utf-8", "feed.xml": "application/xml; charset=utf-8",
            "data/cases.json": "application/json; charset=utf-8", "robots.txt": "text/plain; charset=utf-8",
            "data/cases.csv": "text/csv; charset=utf-8", "a.PNG": "image/png", "a.jpg": "image/jpeg", "a.pdf": "application/pdf",
            "a.woff2": "font/woff2", "noextension": "application/octet-stream", "a.unknown": "application/octet-stream",
        ]
        for (path, type) in expected { #expect(MediaTypes.contentType(for: path) == type, "\(path)") }
    }

    @Test("a port in use is refused with a plain message")
    func portTaken() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        #expect(listen(fd, 1) == 0)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        #expect(throws: PreviewError.portTaken(host: "127.0.0.1", port: port)) { try PortCheck.ensureFree(host: "127.0.0.1", port: port) }
        #expect(PreviewError.portTaken(host: "127.0.0.1", port: port).description.contains("--port \(port + 1)"))
    }
}
