import Foundation
import Testing

@testable import Casebook
@testable import CasebookOutput

/// A patch is applied to the end even when a killed build applied part of it.
@Suite("Patching an output in place")
struct PatchJournalTests {
    @Test("applying moves changed files (new folders too), deletes the rest and empty folders, and can be repeated after a partial run")
    func applyIsIdempotent() throws {
        let site = try TestSite([
            "public/index.html": "old home", "public/cases/a/index.html": "old a", "public/cases/gone/index.html": "gone",
            "patch/index.html": "new home", "patch/cases/new/index.html": "new case",
        ])
        let journal = PatchJournal(changed: ["cases/new/index.html", "index.html"], deleted: ["cases/gone/index.html"])
        try journal.write(into: site.root + "/patch")
        #expect(PatchJournal.read(from: site.root + "/patch") == journal)

        // A build killed after the first move: the second run finishes the job.
        #expect(rename(site.root + "/patch/cases/new", site.root + "/public/cases/new") == 0)
        try journal.apply(from: site.root + "/patch", to: site.root + "/public")
        try journal.apply(from: site.root + "/patch", to: site.root + "/public")
        let files = try GoldenSiteTests.files(in: site.root + "/public")
        #expect(
            files.mapValues { String(decoding: $0, as: UTF8.self) } == [
                "index.html": "new home", "cases/a/index.html": "old a", "cases/new/index.html": "new case",
            ])
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public/cases/gone"), "an emptied folder is removed")
    }

    @Test("a patch folder without its journal is not complete")
    func noJournal() throws {
        let site = try TestSite(["patch/index.html": "x"])
        #expect(PatchJournal.read(from: site.root + "/patch") == nil)
    }
}
