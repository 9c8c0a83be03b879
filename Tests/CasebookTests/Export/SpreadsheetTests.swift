import Foundation
import Testing

@testable import Casebook
@testable import CasebookExport
@testable import CasebookSupport

@Suite("CSV and XLSX")
struct SpreadsheetTests {
    static let awkward = [["序号", "案例名称", "备注"], ["1", "含,逗号 \"引号\"", "两行\n文字"], ["2", "+86-10-5555", "=SUM(A1)"], ["3", "", "@x"]]

    @Test("CSV round-trips quotes, commas, line breaks and formula-like cells")
    func csvRoundTrip() throws {
        let bytes = CSV.write(Self.awkward)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("'+86-10-5555") && text.contains("'=SUM(A1)"), "a spreadsheet must not run a cell as a formula")
        #expect(text.contains("\r\n"))
        #expect(try CSV.read(bytes) == Self.awkward)
    }

    @Test("CSV saved by Excel on Chinese Windows (GB 18030, LF or CRLF, no BOM) reads too")
    func csvEncodings() throws {
        let gb: [UInt8] = [0xD0, 0xF2, 0xBA, 0xC5, 0x2C, 0xC3, 0xFB, 0xB3, 0xC6, 0x0A, 0x31, 0x2C, 0xB0, 0xB8, 0xC0, 0xFD] // 序号,名称 \n 1,案例
        #expect(try CSV.read(gb) == [["序号", "名称"], ["1", "案例"]])
        #expect(try CSV.read(Array("a,b\n1,2".utf8)) == [["a", "b"], ["1", "2"]])
        #expect(try CSV.read(Array("a,\"b\r\nc\"\r\n".utf8)) == [["a", "b\r\nc"]])
    }

    @Test("an XLSX written here reads back cell for cell, and the same table gives the same bytes")
    func xlsxRoundTrip() throws {
        let writer = XLSXWriter(
            sheetName: "推荐汇总表", title: "2022年 汇总表", headers: Self.awkward[0], rows: Array(Self.awkward.dropFirst()),
            numericColumns: [0], columnWidths: [6, 30])
        let bytes = try writer.bytes()
        #expect(bytes == (try writer.bytes()))
        let rows = try XLSXReader.rows(bytes)
        #expect(rows[0].first == "2022年 汇总表")
        #expect(Array(rows.dropFirst()) == Self.awkward)
        let files = try ZipArchive.unzip(bytes)
        #expect(
            Set(files.keys) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
            ])
        let sheet = String(decoding: try #require(files["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(sheet.contains("<c r=\"A3\" s=\"4\"><v>1</v></c>"), "序号 is a number")
        #expect(sheet.contains("<mergeCell ref=\"A1:C1\"/>"))
        #expect(XLSXWriter.columnName(0) == "A" && XLSXWriter.columnName(25) == "Z" && XLSXWriter.columnName(26) == "AA")
    }

    @Test("XLSX from other programs: inline strings, rich text, phonetic guides, numbers and gaps")
    func xlsxFromElsewhere() throws {
        let sheet = """
            <?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c><x:c r="C1" t="s"><x:v>0</x:v></x:c></x:row>
            <x:row r="3"><x:c r="A3"><x:v>1.0</x:v></x:c><x:c r="B3"><x:v>13800000000</x:v></x:c><x:c r="C3" t="s"><x:v>1</x:v></x:c></x:row>
            </x:sheetData></x:worksheet>
            """
        let strings = """
            <?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <si><r><t>案例</t></r><r><t>名称</t></r><rPh><t>アン</t></rPh></si><si><t>湖南省</t></si></sst>
            """
        let bytes = try ZipArchive.zip([("xl/worksheets/sheet1.xml", Array(sheet.utf8)), ("xl/sharedStrings.xml", Array(strings.utf8))])
        #expect(try XLSXReader.rows(bytes) == [["序号", "", "案例名称"], [], ["1", "13800000000", "湖南省"]])
        #expect(throws: (any Error).self) { try XLSXReader.rows(Array("not a zip".utf8)) }
    }
}
