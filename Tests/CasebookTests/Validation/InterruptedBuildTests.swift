import Foundation
import Testing

@testable import Casebook
@testable import CasebookOutput

/// Stops a build process at chosen moments of its write — SIGKILL halfway through writing or just
/// before the swap, Ctrl-C (SIGINT) — and checks that the previous site is byte-identical afterwards
/// and that the next build (the real executable) succeeds and leaves nothing behind. The pause comes
/// from `casebook-build-harness`, which injects it as a `WriteMoments` value.
@Suite("Interrupted builds", .serialized)
struct InterruptedBuildTests {
    /// A copy of the golden site, built once into public/.
    static func builtSite() throws -> (site: TestSite, before: [String: Data]) {
        let site = try TestSite(copying: Repository.fixtures + "/golden-site")
        let first = try CasebookProcess.run(["build", "--source", site.root, "--quiet"], in: site.root)
        guard first.status == 0 else { throw TestFailure("the first build failed: \(first.errors)") }
        // A change the next build would publish, so that a completed swap would show.
        try site.write("content/pages/added.md", "---\ntitle: 新增页面\n---\n正文。\n")
        return (site, try snapshot(of: site.root + "/public"))
    }

    static func leftovers(in site: TestSite) -> [String] {
        // Staging, patch and retired folders; a lock file beside the output is not a leftover.
        ((try? FileManager.default.contentsOfDirectory(atPath: site.root)) ?? []).filter {
            $0.contains(".casebook-staging-") || $0.contains(".casebook-patch-") || $0.contains(".casebook-old-")
        }
    }

    static func stagingFolder(in site: TestSite) -> String? {
        leftovers(in: site).first { $0.contains("casebook-staging") || $0.contains("casebook-patch") }.map { site.root + "/" + $0 }
    }

    /// A rebuild patches the previous site in place; without its page keys it writes a whole new site.
    @Test(
        "SIGKILL in the middle of writing leaves the previous site byte-identical",
        arguments: ["mid-write", "before-swap"], ["patch", "whole"])
    func killed(pause: String, mode: String) throws {
        var (site, before) = try Self.builtSite()
        if mode == "whole" {
            try FileManager.default.removeItem(atPath: site.root + "/public/" + StagingFolder.keysFile)
            before = try snapshot(of: site.root + "/public")
        }
        let (process, finish) = try CasebookProcess.start([site.root, pause, "60"], program: CasebookProcess.harness, in: site.root)
        let reached = waitUntil {
            guard let staging = Self.stagingFolder(in: site) else { return false }
            let written = (try? snapshot(of: staging)) ?? [:]
            let complete = written[OutputWriter.marker] != nil || written[PatchJournal.file] != nil
            return pause == "before-swap" ? complete : written.count > 2
        }
        kill(process.processIdentifier, SIGKILL)
        let outcome = finish()
        #expect(reached, "the build never reached the pause")
        #expect(outcome.killedBySignal && outcome.status == SIGKILL)
        #expect(try snapshot(of: site.root + "/public") == before, "the previous site is byte-identical")

        let next = try CasebookProcess.run(["build", "--source", site.root, "--quiet"], in: site.root)
        #expect(next.status == 0, "\(next.errors)")
        #expect(FileManager.default.fileExists(atPath: site.root + "/public/pages/added/index.html"), "the next build is complete")
        #expect(Self.leftovers(in: site).isEmpty, "no staging folder is left: \(Self.leftovers(in: site))")
    }

    @Test("Ctrl-C removes the staging folder, keeps the previous site and exits 130")
    func interrupted() throws {
        let (site, before) = try Self.builtSite()
        let (process, finish) = try CasebookProcess.start([site.root, "mid-write", "60"], program: CasebookProcess.harness, in: site.root)
        let reached = waitUntil { Self.stagingFolder(in: site).map { ((try? snapshot(of: $0)) ?? [:]).count > 2 } ?? false }
        process.interrupt()
        let outcome = finish()
        #expect(reached, "the build never reached the pause")
        #expect(outcome.status == 130 && !outcome.killedBySignal, "exit status \(outcome.status): \(outcome.errors)")
        #expect(outcome.errors.contains("interrupted"))
        #expect(try snapshot(of: site.root + "/public") == before)
        #expect(Self.leftovers(in: site).isEmpty, "the staging folder is removed: \(Self.leftovers(in: site))")
    }

    @Test("a build with content errors writes nothing and says so")
    func contentErrors() throws {
        let (site, before) = try Self.builtSite()
        try site.write("content/cases/broken.md", caseFile().replacingOccurrences(of: "联网工业企业", with: "工厂"))
        let outcome = try CasebookProcess.run(["build", "--source", site.root], in: site.root)
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("content/cases/broken.md:4:18: error[CB0103]: unknown enterprise_type '工厂'"))
        #expect(outcome.errors.hasSuffix("error: 1 error, 0 warnings — nothing was written\n"), "\(outcome.errors)")
        #expect(try snapshot(of: site.root + "/public") == before)
        #expect(Self.leftovers(in: site).isEmpty)
    }

    @Test("dangerous output folders are refused with exit 2 before anything is written")
    func dangerousOutputs() throws {
        let (site, before) = try Self.builtSite()
        let foreign = site.root + "/../" + URL(fileURLWithPath: site.root).lastPathComponent + "-foreign"
        try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: foreign + "/notes.txt"))
        defer { try? FileManager.default.removeItem(atPath: foreign) }
        let sourceBefore = try snapshot(of: site.root)
        for (output, reason) in [
            (site.root, "site folder itself"), (site.root + "/content", "content/"), (site.root + "/themes/x", "themes/"),
            (site.root + "/..", ""), (site.root + "/site.yaml", "is a file"),
            (foreign, "did not write"),
        ] {
            let outcome = try CasebookProcess.run(["build", "--source", site.root, "--output", output], in: site.root)
            #expect(outcome.status == 2, "\(output): \(outcome.status)")
            #expect(outcome.errors.contains("Refusing to write the site into") && (reason.isEmpty || outcome.errors.contains(reason)), "\(outcome.errors)")
        }
        #expect(try snapshot(of: site.root) == sourceBefore, "nothing in the site folder changed")
        #expect(try snapshot(of: site.root + "/public") == before)
        #expect(try String(contentsOfFile: foreign + "/notes.txt", encoding: .utf8) == "mine")

        let forced = try CasebookProcess.run(["build", "--source", site.root, "--output", foreign, "--force", "--quiet"], in: site.root)
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(FileManager.default.fileExists(atPath: foreign + "/" + OutputWriter.marker))
        let again = try CasebookProcess.run(["build", "--source", site.root, "--output", foreign, "--quiet"], in: site.root)
        #expect(again.status == 0, "a folder casebook wrote is replaced without --force: \(again.errors)")
    }
}
