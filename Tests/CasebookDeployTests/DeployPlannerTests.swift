import CasebookDeploy
import Testing

/// What a deploy uploads, keeps and deletes, and in which order.
@Suite("Deploy plan")
struct DeployPlannerTests {
    static let html = ObjectHeaders(contentType: "text/html; charset=utf-8", cacheControl: HeaderPolicy.revalidated, gzip: false)

    static func file(_ path: String, md5: String = "aa", size: Int = 10) -> LocalFile {
        LocalFile(
            path: path, key: "site/" + path, size: size, md5: md5,
            headers: HeaderPolicy(target: .init(name: "t", endpoint: "http://x", bucket: "b")).headers(for: path))
    }

    static func remote(_ file: LocalFile, etag: String = "e1") -> RemoteObject { RemoteObject(key: file.key, size: file.size, etag: etag) }

    static func record(_ files: [LocalFile], etag: String = "e1") -> DeployManifest {
        DeployManifest(
            objects: Dictionary(
                uniqueKeysWithValues: files.map {
                    ($0.key, DeployManifest.Entry(md5: $0.md5, headers: $0.headers.digest, size: $0.size, etag: etag))
                }))
    }

    @Test("new files are uploaded in safe order: resources, pages, listings, then home page and search manifest")
    func order() {
        let files = ["index.html", "search/data/main.js", "feed.xml", "cases/a/index.html", "assets/style.0123456789.css", "search/data/t/0.js", "404.html"].map
        { Self.file($0) }
        let plan = DeployPlanner().plan(local: files, remote: [], manifest: DeployManifest(), probed: [:])
        #expect(
            plan.uploads.map(\.file.path) == [
                "assets/style.0123456789.css", "search/data/t/0.js", "404.html", "cases/a/index.html", "feed.xml",
                "index.html", "search/data/main.js",
            ])
        #expect(plan.uploads.allSatisfy { $0.reason == .new })
    }

    @Test("a file the record vouches for is unchanged; a new MD5, size or header policy re-uploads it")
    func incremental() {
        let stored = [Self.file("a.html"), Self.file("b.html"), Self.file("c.html"), Self.file("d.css")]
        var local = stored
        local[1].md5 = "bb"
        local[2].size = 11
        local[3].headers.cacheControl = "no-cache"
        let plan = DeployPlanner().plan(local: local, remote: stored.map { Self.remote($0) }, manifest: Self.record(stored), probed: [:])
        #expect(plan.unchanged.map(\.path) == ["a.html"])
        #expect(plan.uploads.map(\.file.path).sorted() == ["b.html", "c.html", "d.css"])
        #expect(plan.uploads.allSatisfy { $0.reason == .changed })
    }

    @Test("an object whose ETag is not the recorded one is probed; its metadata stamp decides")
    func probes() {
        let stored = [Self.file("a.html"), Self.file("b.html"), Self.file("gone.html"), Self.file("theirs.txt")]
        let remote = [Self.remote(stored[0], etag: "other"), Self.remote(stored[1]), Self.remote(stored[2], etag: "x"), Self.remote(stored[3], etag: "y")]
        let planner = DeployPlanner()
        let local = [stored[0], stored[1]]
        #expect(planner.keysToProbe(local: local, remote: remote, manifest: Self.record([stored[1]])) == ["site/a.html", "site/gone.html", "site/theirs.txt"])
        let probed: [String: ObjectStamp?] = ["site/a.html": stored[0].stamp, "site/gone.html": stored[2].stamp, "site/theirs.txt": ObjectStamp?.none]
        let plan = planner.plan(local: local, remote: remote, manifest: Self.record([stored[1]]), probed: probed)
        #expect(plan.unchanged.map(\.path) == ["a.html", "b.html"])
        #expect(plan.deletes == ["site/gone.html"])
        #expect(plan.keptUnknown == ["site/theirs.txt"])
    }

    @Test("an object of another size needs no probe: it is uploaded")
    func sizeDiffers() {
        var local = Self.file("a.html")
        let remote = Self.remote(local)
        local.size = 99
        let planner = DeployPlanner()
        #expect(planner.keysToProbe(local: [local], remote: [remote], manifest: DeployManifest()).isEmpty)
        #expect(planner.plan(local: [local], remote: [remote], manifest: DeployManifest(), probed: [:]).uploads.map(\.reason) == [.changed])
    }

    @Test("objects Casebook did not write are deleted only with --delete-unknown")
    func unknown() {
        var planner = DeployPlanner()
        planner.deleteUnknown = true
        let theirs = RemoteObject(key: "site/theirs.txt", size: 1, etag: "z")
        #expect(planner.keysToProbe(local: [], remote: [theirs], manifest: DeployManifest()).isEmpty)
        #expect(planner.plan(local: [], remote: [theirs], manifest: DeployManifest(), probed: [:]).deletes == ["site/theirs.txt"])
    }

    @Test("more deletes than --max-deletes: flagged, unless --force")
    func cap() {
        let stored = (0..<5).map { Self.file("p\($0).html") }
        var planner = DeployPlanner()
        planner.maxDeletes = 4
        let remote = stored.map { Self.remote($0) }
        #expect(planner.plan(local: [], remote: remote, manifest: Self.record(stored), probed: [:]).deletesOverCap)
        planner.maxDeletes = 5
        #expect(!planner.plan(local: [], remote: remote, manifest: Self.record(stored), probed: [:]).deletesOverCap)
        planner.maxDeletes = 0
        planner.force = true
        let forced = planner.plan(local: [Self.file("p0.html")], remote: remote, manifest: Self.record(stored), probed: [:])
        #expect(!forced.deletesOverCap)
        #expect(forced.uploads.map(\.reason) == [.forced])
        #expect(forced.deletes.count == 4)
    }

    @Test("the record object itself is never uploaded, deleted or probed")
    func manifestKey() {
        var planner = DeployPlanner()
        planner.manifestKey = "site/.casebook-deploy.json"
        let record = RemoteObject(key: "site/.casebook-deploy.json", size: 5, etag: "m")
        #expect(planner.keysToProbe(local: [], remote: [record], manifest: DeployManifest()).isEmpty)
        let plan = planner.plan(local: [], remote: [record], manifest: DeployManifest(), probed: [:])
        #expect(plan.deletes.isEmpty && plan.keptUnknown.isEmpty)
    }
}
