import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport

/// Builds Fixtures/golden-site and compares every output byte with Fixtures/golden-site.expected.
/// Re-record after an intended change with `CASEBOOK_RECORD=1 swift test --filter GoldenSite`.
@Suite("Golden site")
struct GoldenSiteTests {
    @Test("the whole output matches the recorded one")
    func matchesRecording() throws {
        let source = Repository.fixtures + "/golden-site"
        let expected = Repository.fixtures + "/golden-site.expected"
        // A folder of its own: the writer locks the output's parent, which other tests share in /tmp.
        let scratch = NSTemporaryDirectory() + "casebook-golden-" + UUID().uuidString
        let output = scratch + "/public"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try SiteBuilder().build(source: source, output: output)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted))")

        if ProcessInfo.processInfo.environment["CASEBOOK_RECORD"] == "1" {
            try? FileManager.default.removeItem(atPath: expected)
            try FileManager.default.copyItem(atPath: output, toPath: expected)
            return
        }
        let actualFiles = try Self.files(in: output)
        let expectedFiles = try Self.files(in: expected)
        #expect(actualFiles.keys.sorted() == expectedFiles.keys.sorted(), "the set of files changed")
        for (path, bytes) in actualFiles.sorted(by: { $0.key < $1.key }) {
            guard let recorded = expectedFiles[path] else { continue }
            if bytes != recorded {
                Issue.record(
                    "\(path) differs from the recording:\n\(Self.firstDifference(String(decoding: recorded, as: UTF8.self), String(decoding: bytes, as: UTF8.self)))"
                )
            }
        }
    }

    static func files(in folder: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for entry in LocalFileSystem().walk(folder) {
            files[entry.path] = try LocalFileSystem().read(folder + "/" + entry.path)
        }
        return files
    }

    /// The first differing line, with the expected and actual text.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < b.count ? String(b[index]) : "<end>"
            if left != right { return "line \(index + 1)\n- expected: \(left)\n+ actual:   \(right)" }
        }
        return "(same text, different bytes)"
    }
}
