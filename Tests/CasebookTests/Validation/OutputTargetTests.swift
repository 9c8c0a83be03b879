import CasebookContent
import Foundation
import Testing

@testable import Casebook
@testable import CasebookOutput

@Suite("Output folders that are refused")
struct OutputTargetTests {
    static func refusal(_ output: String, source: String, force: Bool = false) -> String? {
        do {
            try OutputTarget.vet(output, source: source, force: force)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("the root, the home folder, the site and its content are refused whatever the flags")
    func alwaysRefused() throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML, "content/cases/a.md": caseFile()])
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        for (output, reason) in [
            ("/", "root of the file system"), (home, "home folder"), ("/usr", ""), (site.root, "site folder itself"),
            (site.root + "/content", "content/"), (site.root + "/content/media/out", "content/"),
            (site.root + "/themes", "themes/"), (site.root + "/site.yaml", "is a file"),
            (FileManager.default.currentDirectoryPath, ""),
        ] {
            for force in [false, true] {
                let message = Self.refusal(output, source: site.root, force: force)
                #expect(message != nil, "\(output) must be refused (force: \(force))")
                if !reason.isEmpty { #expect(message?.contains(reason) == true, "\(message ?? "")") }
            }
        }
    }

    @Test("a symbolic link to the site folder is seen through")
    func symlinkToSite() throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML])
        let link = site.root + "-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: site.root)
        defer { try? FileManager.default.removeItem(atPath: link) }
        #expect(Self.refusal(link, source: site.root)?.contains("site folder itself") == true)
        #expect(Self.refusal(link + "/content", source: site.root)?.contains("content/") == true)
    }

    @Test("new, empty and casebook-made folders are accepted; foreign ones only with --force")
    func foreignFolders() throws {
        let site = try TestSite([
            "site.yaml": minimalSiteYAML, "public-empty/.keep-not": "", "made/\(OutputWriter.marker)": "", "made/index.html": "",
            "foreign/index.html": "", "repo/.git/HEAD": "", "repo/\(OutputWriter.marker)": "",
        ])
        try FileManager.default.removeItem(atPath: site.root + "/public-empty/.keep-not")
        #expect(Self.refusal(site.root + "/public", source: site.root) == nil)
        #expect(Self.refusal(site.root + "/public-empty", source: site.root) == nil)
        #expect(Self.refusal(site.root + "/made", source: site.root) == nil)
        #expect(Self.refusal(site.root + "/foreign", source: site.root)?.contains("did not write") == true)
        #expect(Self.refusal(site.root + "/foreign", source: site.root, force: true) == nil)
        #expect(Self.refusal(site.root + "/repo", source: site.root)?.contains(".git") == true)
    }

    @Test("the library refuses dangerous folders too, before reading anything")
    func library() throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML, "content/cases/a.md": caseFile()])
        let before = try snapshot(of: site.root)
        let real = OutputTarget.realPath(site.root)
        #expect(throws: OutputTarget.Refusal(.siteFolder, path: real)) { try SiteBuilder().build(source: site.root, output: site.root) }
        #expect(throws: OutputTarget.Refusal(.insideSources(folder: "content"), path: real + "/content/public")) {
            try SiteBuilder().build(source: site.root, output: site.root + "/content/public")
        }
        #expect(throws: SiteError(.noSiteConfig, path: site.root + "/content")) { try ContentLoader().load(site.root + "/content") }
        #expect(try snapshot(of: site.root) == before)
    }
}
