import Casebook
import Foundation
import HummingbirdTesting
import Testing

@testable import CasebookServer

@Suite("Serving a site under its base path")
struct ServingTests {
    @Test("pages and assets are served under the base path, with their types, no-store and the reload script")
    func pagesAndAssets() async throws {
        let site = try PreviewSite()
        let server = try site.server()
        let app = server.application(from: try await server.start())
        let css = try #require(try SiteBuilder().render(source: site.root).output?.files.map(\.path).first { $0.hasSuffix(".css") })
        try await app.test(.router) { client in
            let home = try await client.execute(uri: "/showcase/", method: .get)
            #expect(home.status == .ok)
            #expect(home.headers[.contentType] == "text/html; charset=utf-8")
            #expect(home.headers[.cacheControl] == "no-store")
            let html = text(home.body)
            #expect(html.contains("预览测试站点"))
            #expect(html.contains("data-casebook-preview"))
            #expect(html.contains("/__casebook/events"))
            #expect(html.range(of: "data-casebook-preview")!.lowerBound < html.range(of: "</body>")!.lowerBound)

            let page = try await client.execute(uri: "/showcase/cases/alpha/", method: .get)
            #expect(page.status == .ok)
            #expect(text(page.body).contains("甲化工分类分级实践"))

            let style = try await client.execute(uri: "/showcase/" + css, method: .get)
            #expect(style.status == .ok)
            #expect(style.headers[.contentType] == "text/css; charset=utf-8")
            #expect(!text(style.body).contains("data-casebook-preview"))

            let media = try await client.execute(uri: "/showcase/media/note.txt", method: .get)
            #expect(media.status == .ok)
            #expect(media.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(text(media.body) == "附件说明\n")
        }
    }

    @Test("the root and folders without their slash redirect; other paths get the site's 404 page")
    func redirectsAndNotFound() async throws {
        let site = try PreviewSite()
        let server = try site.server()
        let app = server.application(from: try await server.start())
        try await app.test(.router) { client in
            let root = try await client.execute(uri: "/", method: .get)
            #expect(root.status == .found)
            #expect(root.headers[.location] == "/showcase/")
            let bare = try await client.execute(uri: "/showcase?x=1", method: .get)
            #expect(bare.status == .movedPermanently)
            #expect(bare.headers[.location] == "/showcase/?x=1")
            let folder = try await client.execute(uri: "/showcase/cases/alpha", method: .get)
            #expect(folder.status == .movedPermanently)
            #expect(folder.headers[.location] == "/showcase/cases/alpha/")
            for missing in ["/showcase/cases/nope/", "/elsewhere/", "/cases/alpha/", "/showcase/index.htm"] {
                let response = try await client.execute(uri: missing, method: .get)
                #expect(response.status == .notFound, "\(missing)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(text(response.body).contains("404"), "\(missing) shows the site's 404 page")
            }
            let post = try await client.execute(uri: "/showcase/", method: .post)
            #expect(post.status == .methodNotAllowed)
            #expect(post.headers[.allow] == "GET, HEAD")
        }
    }

    @Test("HEAD answers with GET's status and headers and no body")
    func head() async throws {
        let site = try PreviewSite()
        let server = try site.server()
        let app = server.application(from: try await server.start())
        try await app.test(.live) { client in
            for uri in ["/showcase/", "/showcase/cases/alpha/", "/showcase/media/note.txt", "/showcase/nope/"] {
                let get = try await client.execute(uri: uri, method: .get)
                let head = try await client.execute(uri: uri, method: .head)
                #expect(head.status == get.status, "\(uri)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
                #expect(head.headers[.contentLength] == String(get.body.readableBytes), "\(uri)")
                #expect(head.body.readableBytes == 0, "\(uri)")
            }
        }
    }

    @Test("the site served at the root when no base path is given")
    func rootBasePath() async throws {
        let site = try PreviewSite()
        let server = try site.server(basePath: "/")
        let app = server.application(from: try await server.start())
        try await app.test(.router) { client in
            for (uri, code) in [("/", 200), ("/cases/alpha/", 200), ("/showcase/", 404)] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status.code == code, "\(uri)")
            }
        }
    }

    @Test("files written by a build never carry the preview's script")
    func buildOutputIsClean() throws {
        let site = try PreviewSite()
        let output = try #require(try SiteBuilder().render(source: site.root).output)
        for file in output.files {
            #expect(!String(decoding: file.bytes, as: UTF8.self).contains("__casebook"), "\(file.path)")
        }
    }
}
