import Foundation
import Testing

@testable import Casebook

@Suite("One build at a time per output folder")
struct OutputLockTests {
    @Test("a build into a folder another build holds fails at once; a sibling folder is free")
    func lockPerOutput() throws {
        let site = try TestSite(["site.yaml": minimalSiteYAML, "content/cases/a.md": caseFile()])
        let lockPath = site.root + "/.held.casebook-lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        defer { close(descriptor) }

        do {
            _ = try SiteBuilder().build(source: site.root, output: site.root + "/held")
            Issue.record("the build ran although another holds the folder")
        } catch {
            #expect("\(error)".contains("another casebook build is writing into"), "\(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: site.root + "/held"))
        let result = try SiteBuilder().build(source: site.root, output: site.root + "/free")
        #expect(result.summary != nil)
        #expect(FileManager.default.fileExists(atPath: site.root + "/free/cases/a/index.html"))
    }
}
