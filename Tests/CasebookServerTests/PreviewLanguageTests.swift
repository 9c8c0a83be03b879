import CasebookSupport
import Foundation
import HummingbirdTesting
import Testing

@testable import CasebookServer

/// The preview speaks the language it is given (`--lang`, else the site's, else the environment's):
/// the overlay's words, the diagnostics it lists, the waiting page, plain replies and start-up errors.
@Suite("Preview language")
struct PreviewLanguageTests {
    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test("the overlay's words reach the script as escaped data attributes, in the chosen language")
    func overlayWords() {
        let chinese = LiveReload.script(page: "v", language: .zhCN)
        #expect(chinese.contains(#"data-failed="构建失败""#))
        #expect(chinese.contains(#"data-heading="构建失败：页面显示的是上一次成功的构建。"#))
        #expect(chinese.contains(#"data-close="关闭""#))
        #expect(!chinese.contains("Build failed"))
        let english = LiveReload.script(page: "v", language: .en)
        #expect(english.contains(#"data-failed="Build failed""#))
        #expect(english.contains(#"data-heading="Build failed — this page shows the last good build."#))
        #expect(!Self.hasChinese(english), "no Chinese left in the English overlay")
        #expect(english.contains("words.heading") && english.contains("document.currentScript.dataset"))
        #expect(LiveReload.escaped(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test("a site that never built lists its problems and waits, in Chinese with zh-CN and in English with en")
    func waitingPageAndProblems() async throws {
        var locations: [Language: [String]] = [:]
        for language in [Language.zhCN, .en] {
            let site = try PreviewSite()
            try site.write("content/cases/alpha.md", "---\ntitle: [\n---\n")
            let server = try site.server(language: language)
            let app = server.application(from: try await server.start())
            let status = try await app.test(.router) { client in
                let status = try await LiveReloadTests.status(client)
                let problem = try #require(status.problems.first)
                #expect(Self.hasChinese(problem.text) == (language == .zhCN), "\(language): \(problem.text)")
                #expect(problem.text.hasPrefix("error[\(problem.code)]: \(problem.message)"))
                let page = text(try await client.execute(uri: "/showcase/", method: .get).body)
                #expect(page.contains(#"<html lang="\#(language.rawValue)">"#))
                #expect(page.contains(language == .zhCN ? "<h1>Casebook 预览</h1>" : "<h1>Casebook preview</h1>"))
                #expect(page.contains(language == .zhCN ? #"data-close="关闭""# : #"data-close="Close""#))
                return status
            }
            locations[language] = status.problems.map { $0.location + " " + $0.code }
        }
        #expect(locations[.zhCN] == locations[.en], "codes and positions do not change with the language")
    }

    @Test("plain replies are in the chosen language")
    func plainReplies() async throws {
        let site = try PreviewSite()
        for (language, refused, notAllowed) in [(Language.zhCN, "请求有误", "只接受 GET 和 HEAD"), (.en, "Bad request", "Only GET and HEAD")] {
            let server = try site.server(language: language)
            let app = server.application(from: try await server.start())
            try await app.test(.router) { client in
                let bad = try await client.execute(uri: "/showcase/%2e%2e/secret.txt", method: .get)
                #expect(bad.status == .badRequest)
                #expect(text(bad.body).contains(refused))
                let post = try await client.execute(uri: "/showcase/", method: .post)
                #expect(post.status == .methodNotAllowed)
                #expect(text(post.body).contains(notAllowed))
            }
        }
    }

    @Test("the start-up errors are in the chosen language and keep the command that fixes them")
    func startErrors() {
        let taken = PreviewError.portTaken(host: "127.0.0.1", port: 8000).message
        #expect(taken.text(in: .zhCN) == "127.0.0.1 上的端口 8000 已被占用，预览无法启动。请先停止另一个服务，或换一个端口：casebook serve --port 8001")
        #expect(taken.text(in: .en).hasPrefix("Port 8000 on 127.0.0.1 is already in use"))
        #expect(taken.text(in: .en).hasSuffix("casebook serve --port 8001"))
        let listen = PreviewError.cannotListen(host: "nowhere", port: 80, reason: "Name or service not known").message
        #expect(listen.text(in: .zhCN).hasPrefix("无法在 nowhere:80 上提供预览：Name or service not known。"))
        #expect(throws: PreviewError.badBasePath("/a b/")) { try BasePath("/a b/") }
        #expect(PreviewError.badBasePath("/a b/").message.text(in: .zhCN).contains("「/a b/」"))
    }
}
