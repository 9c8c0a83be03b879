import Foundation
import Testing

@testable import Casebook
@testable import CasebookSupport

/// Builds the repository's own sample showcase (content/) and checks the whole output.
@Suite("The sample showcase")
struct SampleSiteTests {
    static let output: [String: String] = {
        let result = try? SiteBuilder().render(source: Repository.root)
        var files: [String: String] = [:]
        for file in result?.output?.files ?? [] { files[file.path] = String(decoding: file.bytes, as: UTF8.self) }
        return files
    }()

    @Test("builds without errors")
    func buildsCleanly() throws {
        let result = try SiteBuilder().render(source: Repository.root)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.formatted).joined(separator: "\n"))")
        #expect(result.output != nil)
    }

    @Test("has every kind of page")
    func pageTypes() {
        let paths = Set(Self.output.keys)
        for expected in [
            "index.html", "404.html", "cases/index.html", "regions/index.html", "regions/hunan/index.html", "regions/xjbt/index.html",
            "years/index.html", "types/index.html", "grades/index.html", "steps/index.html", "awards/index.html",
            "industries/index.html", "tags/index.html", "pages/about/index.html", "types/platform/index.html",
            "grades/level-3/index.html", "steps/self-grading/index.html", "awards/overall/index.html",
        ] {
            #expect(paths.contains(expected), "missing \(expected)")
        }
        #expect(paths.filter { $0.hasPrefix("cases/") && $0.hasSuffix("/index.html") && !$0.contains("/page/") }.count >= 25)
        #expect(paths.allSatisfy { $0.allSatisfy(\.isASCII) }, "every generated path is ASCII")
    }

    @Test("every internal link and asset resolves to a file")
    func internalLinksResolve() {
        var broken: [String] = []
        for (path, html) in Self.output where path.hasSuffix(".html") && path != "404.html" {
            for reference in HTMLLinks.references(in: html) {
                guard let target = HTMLLinks.target(of: reference, from: path) else { continue }
                if Self.output[target] == nil && !FileManager.default.fileExists(atPath: Repository.root + "/content/" + target) {
                    broken.append("\(path): \(reference)")
                }
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(20).joined(separator: "\n"))")
    }

    @Test("no root-absolute link and no resource from another host")
    func relativeAndLocal() {
        for (path, html) in Self.output where path.hasSuffix(".html") && path != "404.html" {
            let references = HTMLLinks.references(in: html)
            #expect(!references.contains { $0.hasPrefix("/") }, "\(path) has a root-absolute link")
            #expect(!html.contains(" src=\"http") && !html.contains(" src=\"//"), "\(path) loads something from another host")
            #expect(!html.contains("<link rel=\"stylesheet\" href=\"http"), "\(path) loads a remote stylesheet")
        }
        for (path, css) in Self.output where path.hasSuffix(".css") {
            #expect(!css.contains("@import") && !css.contains("url(http") && !css.contains("url(//"), "\(path) requests another host")
        }
    }

    @Test("no private contact detail reaches any output byte")
    func noPrivateFields() throws {
        let privateValues = try PrivateValues.collect(from: Repository.root + "/content")
        #expect(!privateValues.isEmpty, "the sample content should have contact blocks to test with")
        for (path, text) in Self.output {
            for value in privateValues {
                #expect(!text.contains(value), "\(path) contains the private value \(value)")
            }
        }
    }

    @Test("two builds are byte-identical")
    func deterministic() throws {
        let first = try SiteBuilder().render(source: Repository.root).output?.files ?? []
        let second = try SiteBuilder().render(source: Repository.root).output?.files ?? []
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test("publicity cases carry the 公示 mark and the regions page its note")
    func marks() {
        #expect(Self.output.values.contains { $0.contains("badge-publicity") })
        #expect(Self.output["regions/index.html"]?.contains("按行政区划排列，排名不分先后") == true)
    }
}

/// The values of every `contact:` block in a content folder.
enum PrivateValues {
    static func collect(from folder: String) throws -> [String] {
        var values: [String] = []
        let walker = FileManager.default.enumerator(atPath: folder)
        while let path = walker?.nextObject() as? String {
            guard path.hasSuffix(".md") else { continue }
            let text = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            var inContact = false
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("contact:") {
                    inContact = true
                    let inline = line.dropFirst("contact:".count)
                    for match in inline.split(whereSeparator: { ",{}".contains($0) }) {
                        if let colon = match.firstIndex(of: ":") {
                            let value = match[match.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                            if value.count >= 2 { values.append(value) }
                        }
                    }
                    continue
                }
                if inContact, line.hasPrefix("  "), let colon = line.firstIndex(of: ":") {
                    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if value.count >= 2 { values.append(value) }
                } else {
                    inContact = false
                }
            }
        }
        return values
    }
}
