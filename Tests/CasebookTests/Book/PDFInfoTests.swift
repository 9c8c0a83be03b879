import Testing

@testable import Casebook

@Suite("PDF document information")
struct PDFInfoTests {
    static let fields = PDFInfo.Fields(title: "案例汇编", author: "示例单位", subject: "典型案例", creator: "Casebook 0.1.0")

    @Test("appends an Info object, its cross-reference entry and a trailer that points back")
    func incrementalUpdate() throws {
        let original = PDFDestinationsTests.pdf(
            objects: [
                (1, "<</Type /Catalog\n/Pages 2 0 R>>"),
                (2, "<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>"),
                (3, "<</Type /Page\n/Parent 2 0 R>>"),
            ], root: 1)
        let updated = try #require(PDFInfo.updating(original, with: Self.fields))
        #expect(Array(updated.prefix(original.count)) == original, "Chromium's bytes stay as they were")
        let text = String(decoding: updated, as: UTF8.self)
        let tail = String(text.dropFirst(original.count))
        #expect(tail.hasPrefix("4 0 obj\n"))
        #expect(tail.contains("/Title " + PDFInfo.textString("案例汇编")))
        #expect(tail.contains("/Author " + PDFInfo.textString("示例单位")))
        #expect(tail.contains("/Creator <FEFF00430061007300650062006F006F006B00200030002E0031002E0030>"))
        let oldXref = try #require(text.range(of: "xref\n0 4")).lowerBound.utf16Offset(in: text)
        #expect(tail.contains("/Size 5 /Root 1 0 R /Info 4 0 R /Prev \(oldXref)"))
        // The new cross-reference section names the Info object's real offset, and startxref names the section.
        let startxref = try #require(tail.range(of: "startxref\n", options: .backwards))
        let xrefOffset = try #require(Int(tail[startxref.upperBound...].prefix { $0.isNumber }))
        #expect(String(decoding: updated[xrefOffset..<(xrefOffset + 4)], as: UTF8.self) == "xref")
        let entry = try #require(tail.range(of: "4 1\n"))
        let infoOffset = try #require(Int(tail[entry.upperBound...].prefix(10)))
        #expect(String(decoding: updated[infoOffset..<(infoOffset + 7)], as: UTF8.self) == "4 0 obj")
    }

    @Test("a file without a classic cross-reference table is left alone")
    func unexpectedLayout() {
        #expect(PDFInfo.updating(Array("%PDF-1.7\nnot a pdf".utf8), with: Self.fields) == nil)
    }
}
