import Testing

@testable import Casebook

@Suite("PDF destinations")
struct PDFDestinationsTests {
    /// A PDF laid out as Chromium writes one: a nested page tree, named destinations in the
    /// catalog, a classic cross-reference table.
    static func pdf(objects: [(Int, String)], root: Int) -> [UInt8] {
        var text = "%PDF-1.4\n"
        var offsets: [Int: Int] = [:]
        for (number, body) in objects {
            offsets[number] = text.utf8.count
            text += "\(number) 0 obj\n\(body)\nendobj\n"
        }
        let size = (objects.map(\.0).max() ?? 0) + 1
        let xref = text.utf8.count
        text += "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<size {
            let offset = offsets[number].map { String($0) } ?? "0"
            text += String(repeating: "0", count: 10 - offset.count) + offset + (offsets[number] == nil ? " 00000 f \n" : " 00000 n \n")
        }
        text += "trailer\n<</Size \(size)\n/Root \(root) 0 R>>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(text.utf8)
    }

    @Test("finds the page of each named destination through a nested page tree")
    func nested() throws {
        let bytes = Self.pdf(
            objects: [
                (1, "<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R\n/Lang (zh-CN)>>"),
                (2, "<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>"),
                (3, "<</Type /Pages\n/Count 2\n/Kids [5 0 R 6 0 R]\n/Parent 2 0 R>>"),
                (4, "<</Type /Page\n/Parent 2 0 R>>"),
                (5, "<</Type /Page\n/Parent 3 0 R>>"),
                (6, "<</Type /Page\n/Parent 3 0 R>>"),
                (9, "<</case-a [6 0 R /XYZ 6 826.16998 0]\n/index [4 0 R /XYZ 6 612 0]\n/odd#2Dname [5 0 R /XYZ 0 0 0]>>"),
            ], root: 1)
        let layout = try #require(PDFDestinations.read(bytes))
        #expect(layout.pageCount == 3)
        #expect(layout.pages == ["case-a": 2, "index": 3, "odd-name": 1])
    }

    @Test("a document without links has pages and no destinations; anything else is not understood")
    func edges() {
        let plain = Self.pdf(
            objects: [
                (1, "<</Type /Catalog\n/Pages 2 0 R>>"),
                (2, "<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>"),
                (3, "<</Type /Page\n/Parent 2 0 R>>"),
            ], root: 1)
        #expect(PDFDestinations.read(plain) == .init(pageCount: 1, pages: [:]))
        #expect(PDFDestinations.read(Array("not a pdf".utf8)) == nil)
        #expect(PDFDestinations.read(Array("%PDF-1.7\nstartxref\n999999\n%%EOF".utf8)) == nil)
    }
}
