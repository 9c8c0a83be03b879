import Foundation
import Testing

@testable import CasebookContent
@testable import CasebookSupport

/// The build cache's binary form gives back exactly what was stored, and refuses bytes that are not.
@Suite("Binary coder")
struct BinaryCoderTests {
    struct Sample: Codable, Equatable {
        var text: String
        var optional: String?
        var missing: Int?
        var numbers: [Int]
        var holes: [String?]
        var table: [String: [Double]]
        var nested: [Sample]
        var flag: Bool
        var small: Int8
        var big: UInt64
    }

    static let sample = Sample(
        text: "典型案例 · “引号” \u{0} \\ end", optional: "有", missing: nil, numbers: [0, -1, .max, .min], holes: ["a", nil, ""],
        table: ["甲": [1.5, -0.0], "": []],
        nested: [Sample(text: "", optional: nil, missing: 3, numbers: [], holes: [], table: [:], nested: [], flag: false, small: -128, big: 0)],
        flag: true, small: 127, big: .max)

    @Test("values round-trip: strings, optionals, nil elements, dictionaries, nested values, every width of number")
    func roundTrip() throws {
        let bytes = try BinaryEncoder().encode(Self.sample)
        #expect(try BinaryDecoder().decode(Sample.self, from: bytes) == Self.sample)
    }

    @Test("content entries round-trip as the cache stores them")
    func contentEntries() throws {
        let site = try TestSite(["site.yaml": "title: 编码\n", "content/cases/a.md": caseFile("tags: [蜜罐]\ncover: media/a.png", title: "甲案例")])
        let result = ContentLoader().loadCases("content/cases/a.md", root: site.root)
        let loaded = LoadCache.Loaded.cases(result)
        let back = try BinaryDecoder().decode(LoadCache.Loaded.self, from: BinaryEncoder().encode(loaded))
        guard case .cases(let decoded) = back else {
            Issue.record("decoded as another kind")
            return
        }
        #expect(decoded.values == result.values && decoded.diagnostics == result.diagnostics && decoded.sourceHash == result.sourceHash)
    }

    @Test("cut short, lengthened or bit-flipped bytes throw; they never crash or read out of bounds")
    func damagedBytes() throws {
        let bytes = try BinaryEncoder().encode(Self.sample)
        var thrown = 0
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            if (try? BinaryDecoder().decode(Sample.self, from: Array(bytes.prefix(cut)))) == nil { thrown += 1 }
        }
        #expect(thrown == (bytes.count + 6) / 7, "every cut-short copy is refused")
        for index in stride(from: 0, to: bytes.count, by: 5) {
            var flipped = bytes
            flipped[index] ^= 0xFF
            _ = try? BinaryDecoder().decode(Sample.self, from: flipped)
        }
        #expect(throws: DecodingError.self) { try BinaryDecoder().decode(Sample.self, from: bytes + [1, 2, 3]) }
    }

    @Test("a value that needs nested containers is refused when encoded, not written wrong")
    func nestedContainers() {
        enum Shape: Codable { case circle(radius: Int) }
        #expect(throws: EncodingError.self) { try BinaryEncoder().encode([Shape.circle(radius: 1)]) }
    }
}
