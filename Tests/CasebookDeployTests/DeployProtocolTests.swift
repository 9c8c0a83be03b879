import Casebook
import CasebookDeploy
import Foundation
import Testing

@testable import CasebookContent

/// The pieces around the signer: addressing, credentials, gzip and CDN refresh lists.
@Suite("Deploy plumbing")
struct DeployProtocolTests {
    @Test("virtual-hosted and path-style URLs; .localhost names connect to this machine")
    func endpoints() throws {
        let virtual = try #require(S3Endpoint(endpoint: "https://oss-cn-hangzhou.aliyuncs.com", bucket: "b", addressing: .virtual))
        let request = SignableRequest(method: "GET", path: virtual.path(of: "cases/a b/index.html"), query: [("list-type", "2")])
        #expect(virtual.host == "b.oss-cn-hangzhou.aliyuncs.com")
        #expect(virtual.url(for: request) == "https://b.oss-cn-hangzhou.aliyuncs.com/cases/a%20b/index.html?list-type=2")
        let path = try #require(S3Endpoint(endpoint: "http://127.0.0.1:8333", bucket: "b", addressing: .path))
        #expect(path.url(for: SignableRequest(method: "GET", path: path.path(of: "x.html"))) == "http://127.0.0.1:8333/b/x.html")
        let local = try #require(S3Endpoint(endpoint: "http://localhost:8333", bucket: "site", addressing: .virtual))
        #expect(local.host == "site.localhost:8333" && local.connectAuthority == "127.0.0.1:8333")
    }

    @Test("credentials: the target's own variables, then its profile, then AWS_*; never a guess")
    func credentials() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-creds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "[default]\naws_access_key_id = D\naws_secret_access_key = DS\n\n[oss]\naws_access_key_id=O\naws_secret_access_key=OS\n"
            .write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
        var target = DeployTarget(name: "prod-cn", endpoint: "https://h", bucket: "b")
        let base = ["AWS_SHARED_CREDENTIALS_FILE": folder + "/credentials"]
        let own = base.merging([
            "CASEBOOK_DEPLOY_PROD_CN_ACCESS_KEY_ID": "P", "CASEBOOK_DEPLOY_PROD_CN_SECRET_ACCESS_KEY": "PS", "AWS_ACCESS_KEY_ID": "A",
            "AWS_SECRET_ACCESS_KEY": "AS",
        ]) { $1 }
        #expect(try CredentialResolver(environment: own).credentials(for: target).accessKeyID == "P")
        let generic = base.merging(["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "AS", "AWS_SESSION_TOKEN": "T"]) { $1 }
        #expect(try CredentialResolver(environment: generic).credentials(for: target).sessionToken == "T")
        #expect(try CredentialResolver(environment: base).credentials(for: target).accessKeyID == "D")
        target.profile = "oss"
        #expect(try CredentialResolver(environment: generic).credentials(for: target).secretAccessKey == "OS")
        target.profile = "missing"
        #expect(throws: DeployError.self) { try CredentialResolver(environment: base).credentials(for: target) }
        #expect(throws: DeployError.self) {
            try CredentialResolver(environment: ["AWS_SHARED_CREDENTIALS_FILE": folder + "/none"]).credentials(
                for: DeployTarget(name: "x", endpoint: "https://h", bucket: "b"))
        }
    }

    @Test("gzip output is a valid member and the same bytes on every run")
    func gzip() {
        let text = Data(String(repeating: "典型案例 Casebook ", count: 500).utf8)
        let first = Gzip.compress(text)
        #expect(first == Gzip.compress(text))
        #expect(Array(first.prefix(4)) == [0x1F, 0x8B, 0x08, 0x00] && first.count < text.count / 4)
        let size = first.suffix(4).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(size == text.count)
    }

    @Test("changed-urls: folder URLs for index pages, fingerprinted assets left out")
    func changedURLs() {
        let urls = ChangedURLs.list(
            baseURL: "https://www.example.gov.cn/showcase/", changed: ["index.html", "cases/a/index.html", "assets/s.0123456789.css", "feed.xml"],
            deleted: ["cases/b/index.html"])
        #expect(
            urls == [
                "https://www.example.gov.cn/showcase/", "https://www.example.gov.cn/showcase/cases/a/", "https://www.example.gov.cn/showcase/cases/b/",
                "https://www.example.gov.cn/showcase/feed.xml",
            ])
    }

    @Test("the record vouches only for the object it describes")
    func manifest() {
        let manifest = DeployManifest(objects: ["k": .init(md5: "m", headers: "h", size: 3, etag: "e")])
        #expect(manifest.stamp(of: RemoteObject(key: "k", size: 3, etag: "e")) == ObjectStamp(md5: "m", headers: "h"))
        #expect(manifest.stamp(of: RemoteObject(key: "k", size: 3, etag: "f")) == nil)
        #expect(DeployManifest(data: manifest.data) == manifest && DeployManifest(data: Data("junk".utf8)) == DeployManifest())
    }
}
