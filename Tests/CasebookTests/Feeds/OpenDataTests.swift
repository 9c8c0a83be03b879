import Foundation
import Testing

@testable import Casebook
@testable import CasebookContent
@testable import CasebookPages
@testable import CasebookSupport

@Suite("Open data")
struct OpenDataTests {
    @Test("the sample's open data holds every published case and region, and no private value")
    func sampleOpenData() throws {
        let output = SampleSiteTests.output
        let cases = try #require(output["data/cases.json"]), regions = try #require(output["data/regions.json"])
        let csv = try #require(output["data/cases.csv"])
        let privateValues = try PrivateValues.collect(from: Repository.root + "/content")
        #expect(!privateValues.isEmpty)
        for value in privateValues {
            for (name, text) in [("cases.json", cases), ("regions.json", regions), ("cases.csv", csv)] {
                #expect(!text.contains(value), "\(name) contains the private value \(value)")
            }
        }
        for text in [cases, regions] { #expect(!text.contains("\"contact") && !text.contains("\"phone") && !text.contains("\"email")) }

        let document = try #require(try JSONSerialization.jsonObject(with: Data(cases.utf8)) as? [String: Any])
        let records = try #require(document["cases"] as? [[String: Any]])
        let site = Site(try #require(try ContentLoader().load(Repository.root).content))
        #expect(records.map { $0["slug"] as? String } == site.cases.map(\.slug), "every published case, in site order")
        #expect(document["count"] as? Int == site.cases.count)
        for record in records {
            let url = try #require(record["url"] as? String)
            #expect(output[url + "index.html"] != nil, "\(url) is a published page")
        }
        let regionRecords = try #require((try JSONSerialization.jsonObject(with: Data(regions.utf8)) as? [String: Any])?["regions"] as? [[String: Any]])
        #expect(regionRecords.count == site.regions.count)
    }

    @Test("JSON keys are sorted at every level, and each record is one line")
    func sortedKeys() throws {
        let text = try #require(SampleSiteTests.output["data/cases.json"])
        // The keys of each open object so far, read from the text itself (a parser would not keep the order).
        var objects: [[String]] = [], string: [UInt8]?, lastString = "", escaped = false
        for byte in Array(text.utf8) {
            if var current = string {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    lastString = String(decoding: current, as: UTF8.self)
                    string = nil
                    continue
                }
                current.append(byte)
                string = current
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): string = []
            case UInt8(ascii: "{"): objects.append([])
            case UInt8(ascii: "}"): objects.removeLast()
            case UInt8(ascii: ":"):
                if let previous = objects[objects.count - 1].last { #expect(previous < lastString, "\(previous) before \(lastString)") }
                objects[objects.count - 1].append(lastString)
            default: break
            }
        }
        let lines = text.split(separator: "\n")
        let records = lines.filter { $0.hasPrefix("    {") }
        #expect(records.count == (text.components(separatedBy: "\"slug\":").count - 1), "one case a line")
        // {, "cases": [, the records, ], count, generator, schema_version, "site": {, its 3 keys, }, }
        #expect(lines.count == records.count + 12, "nothing else on lines of its own but the document's keys")
    }

    @Test("cases.csv is UTF-8 with a byte-order mark, CRLF lines and RFC 4180 quoting")
    func csvFile() throws {
        let files =
            try TestSite([
                "site.yaml": minimalSiteYAML,
                "content/cases/a.md": caseFile("tags: [\"甲,乙\", \"引\\\"号\"]", title: "含,逗号"),
            ]).render().output?.files ?? []
        let bytes = try #require(files.first { $0.path == "data/cases.csv" }?.bytes)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix(OpenData.csvColumns.joined(separator: ",") + "\r\n"))
        #expect(text.contains("\"含,逗号\""))
        #expect(text.contains("\"甲,乙|引\"\"号\""))
        let rows = try CSV.read(bytes)
        #expect(rows.count == 2 && rows[1][1] == "含,逗号")
    }
}
