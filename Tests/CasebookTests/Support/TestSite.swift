import Foundation

@testable import Casebook
@testable import CasebookPages

/// Paths of the repository, found from this file, so tests never depend on the working directory.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static var fixtures: String { root + "/Tests/CasebookTests/Fixtures" }
}

/// A site written into a fresh temporary folder, removed when the value is dropped.
final class TestSite {
    let root: String

    /// Writes `files` (path → text) below a new temporary folder.
    init(_ files: [String: String]) throws {
        root = NSTemporaryDirectory() + "casebook-test-" + UUID().uuidString
        for (path, text) in files { try write(path, text) }
    }

    /// A copy of an existing folder.
    init(copying folder: String) throws {
        root = NSTemporaryDirectory() + "casebook-test-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: folder, toPath: root)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Loads, validates and renders in memory.
    func render(_ options: BuildOptions = .init()) throws -> SiteBuilder.Result {
        try SiteBuilder().render(source: root, options: options)
    }

    /// Renders and returns the files by path; fails the caller with the diagnostics on error.
    func files(_ options: BuildOptions = .init()) throws -> [String: String] {
        let result = try render(options)
        guard let output = result.output else {
            throw TestFailure("the build failed:\n" + result.diagnostics.map(\.formatted).joined(separator: "\n"))
        }
        var files: [String: String] = [:]
        for file in output.files { files[file.path] = String(decoding: file.bytes, as: UTF8.self) }
        return files
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A minimal valid case file, with fields overridable by replacing lines.
func caseFile(_ extra: String = "", title: String = "示例案例", region: String = "湖南省", year: Int = 2022, body: String = "## 案例背景\n\n正文。") -> String {
    """
    ---
    title: \(title)
    enterprise: 示例企业有限公司
    enterprise_type: 联网工业企业
    region: \(region)
    year: \(year)
    industry: 石油化工
    summary: 一段简介。
    \(extra)
    ---
    \(body)
    """
}

let minimalSiteYAML = "title: 测试站点\n"
