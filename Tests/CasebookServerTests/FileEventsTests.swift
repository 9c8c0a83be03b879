import Foundation
import Testing

@testable import CasebookServer

/// The kernel's change events (inotify) tell the preview when to look: a save anywhere under
/// content/ or themes/, in folders made after the watch began too, and site.yaml; never the
/// output folder's files.
@Suite("File events")
struct FileEventsTests {
    @Test("a save under content/, in a new folder, and of site.yaml is told; a file in the output folder is not")
    func toldOfSaves() throws {
        let root = NSTemporaryDirectory() + "casebook-events-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        func write(_ path: String, _ text: String = "x") throws {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("site.yaml", "title: 测试\n")
        try write("content/cases/a.md")
        let events = try #require(FileEvents(root: root, folders: SiteWatcher.watchedFolders), "inotify is there on Linux")
        #expect(!events.take(), "nothing happened yet")

        try write("content/cases/a.md", "edited")
        #expect(events.take())
        #expect(!events.take(), "each event is told once")

        try write("content/cases/2024/b.md")
        #expect(events.take(), "a new folder")
        try write("content/cases/2024/b.md", "edited")
        #expect(events.take(), "a save inside a folder made after the watch began")

        try write("themes/ministry/templates/base.html")
        #expect(events.take(), "themes/ made after the watch began")
        try write("themes/ministry/templates/base.html", "edited")
        #expect(events.take())

        try write("site.yaml", "title: 改过\n")
        #expect(events.take())

        try write("public/index.html")
        _ = events.take()
        try write("public/index.html", "rebuilt")
        try write("public/cases/a/index.html")
        #expect(!events.take(), "the output folder is not watched")
    }

    @Test("the preview listens to the events from its start")
    func previewUsesEvents() async throws {
        let site = try PreviewSite()
        let baseline = try await site.server().start()
        #expect(baseline.events != nil, "the preview would poll")
    }
}
