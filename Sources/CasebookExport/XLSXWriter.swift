import CasebookSupport

/// A one-sheet Excel workbook (Office Open XML SpreadsheetML) written by hand: a bold title row
/// merged across the table, a shaded header row frozen under it, bordered text cells, shared
/// strings, A4 landscape printing with the header repeated on every page. Opens in Excel, WPS
/// and LibreOffice; the same table always gives the same bytes.
package struct XLSXWriter {
    let sheetName: String
    let title: String
    let headers: [String]
    let rows: [[String]]
    /// Columns (0-based) written as numbers when the cell holds digits only, such as 序号.
    let numericColumns: Set<Int>
    /// Widths in characters, by column; missing ones get 16.
    let columnWidths: [Int]

    /// Style indices into `cellXfs` of styles.xml.
    enum Style: Int {
        case plain = 0
        case title, header, text, number
    }

    func bytes() throws -> [UInt8] {
        var strings = SharedStrings()
        let sheet = worksheet(&strings)
        return try ZipArchive.zip([
            ("[Content_Types].xml", Array(Self.contentTypes.utf8)),
            ("_rels/.rels", Array(Self.packageRelationships.utf8)),
            ("docProps/core.xml", Array(core.utf8)),
            ("docProps/app.xml", Array(Self.app.utf8)),
            ("xl/workbook.xml", Array(workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(Self.workbookRelationships.utf8)),
            ("xl/styles.xml", Array(Self.styles.utf8)),
            ("xl/sharedStrings.xml", Array(strings.xml.utf8)),
            ("xl/worksheets/sheet1.xml", Array(sheet.utf8)),
        ])
    }

    /// `A`, `B`, … `Z`, `AA` for a 0-based column.
    static func columnName(_ index: Int) -> String {
        var name = "", value = index + 1
        while value > 0 {
            let remainder = (value - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            value = (value - 1) / 26
        }
        return name
    }

    private func worksheet(_ strings: inout SharedStrings) -> String {
        let width = max(1, headers.count)
        let last = Self.columnName(width - 1)
        let lastRow = rows.count + 2
        var xml =
            Self.declaration + """
                <worksheet xmlns="\(Self.main)" xmlns:r="\(Self.relationships)">\
                <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>\
                <dimension ref="A1:\(last)\(lastRow)"/>\
                <sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>\
                <selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>\
                <sheetFormatPr defaultRowHeight="15"/><cols>
                """
        for column in 0..<width {
            let size = column < columnWidths.count ? columnWidths[column] : 16
            xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(size)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        xml += "<row r=\"1\" ht=\"32\" customHeight=\"1\">\(cell("A1", title, .title, &strings))</row>"
        xml += "<row r=\"2\">" + headers.enumerated().map { cell(Self.columnName($0) + "2", $1, .header, &strings) }.joined() + "</row>"
        for (index, row) in rows.enumerated() {
            let number = index + 3
            xml += "<row r=\"\(number)\" ht=\"\(lineCount(row) * 15 + 3)\" customHeight=\"1\">"
            for column in 0..<width {
                let value = column < row.count ? row[column] : ""
                let numeric = numericColumns.contains(column) && !value.isEmpty && value.allSatisfy(\.isASCII) && Int(value) != nil
                xml += cell(Self.columnName(column) + String(number), value, numeric ? .number : .text, &strings)
            }
            xml += "</row>"
        }
        xml += "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:\(last)1\"/></mergeCells>"
        xml += "<printOptions horizontalCentered=\"1\"/>"
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
        return xml
    }

    /// Lines the row's longest wrapped cell needs. Spreadsheets do not grow a row for wrapped text
    /// when they open a file, so the height is written: a CJK character is two width units, as in
    /// Excel's column widths, other characters one.
    func lineCount(_ row: [String]) -> Int {
        var lines = 1
        for (column, value) in row.enumerated() {
            let width = column < columnWidths.count ? columnWidths[column] : 16
            let units = value.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
            lines = max(lines, (units + width - 3) / max(1, width - 2))
        }
        return lines
    }

    private func cell(_ reference: String, _ value: String, _ style: Style, _ strings: inout SharedStrings) -> String {
        if value.isEmpty { return "<c r=\"\(reference)\" s=\"\(style.rawValue)\"/>" }
        if style == .number { return "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(value)</v></c>" }
        return "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"s\"><v>\(strings.index(of: value))</v></c>"
    }

    private var workbook: String {
        let quoted = "'" + sheetName.replacingOccurrences(of: "'", with: "''") + "'"
        return Self.declaration + """
            <workbook xmlns="\(Self.main)" xmlns:r="\(Self.relationships)"><bookViews><workbookView/></bookViews>\
            <sheets><sheet name="\(XMLText.escape(sheetName))" sheetId="1" r:id="rId1"/></sheets>\
            <definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">\(XMLText.escape(quoted))!$2:$2</definedName></definedNames>\
            </workbook>
            """
    }

    private var core: String {
        Self.declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(XMLText.escape(title))</dc:title><dc:creator>Casebook</dc:creator></cp:coreProperties>
            """
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes =
        declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """

    static let packageRelationships =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
            <Relationship Id="rId3" Type="\(relationships)/extended-properties" Target="docProps/app.xml"/>\
            </Relationships>
            """

    static let workbookRelationships =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="\(relationships)/styles" Target="styles.xml"/>\
            <Relationship Id="rId3" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>\
            </Relationships>
            """

    static let app =
        declaration + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Casebook</Application></Properties>
            """

    /// Fonts: 宋体 (SimSun) as on official forms; WPS and Excel have it, LibreOffice substitutes a CJK font.
    static let styles =
        declaration + """
            <styleSheet xmlns="\(main)">\
            <fonts count="3">\
            <font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            <font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            <font><b/><sz val="16"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
            </fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
            <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
            <border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>\
            <top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="5">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>\
            <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">\
            <alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1">\
            <alignment vertical="center" wrapText="1"/></xf>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>\
            </cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """
}

/// The shared-string table of a workbook: each distinct text once, in order of first use.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    var xml: String {
        var xml = XLSXWriter.declaration + "<sst xmlns=\"\(XLSXWriter.main)\" count=\"\(uses)\" uniqueCount=\"\(texts.count)\">"
        for text in texts {
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            xml += "<si><t\(preserve ? " xml:space=\"preserve\"" : "")>\(XMLText.escape(text))</t></si>"
        }
        return xml + "</sst>"
    }
}
