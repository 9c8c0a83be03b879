import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads `word/document.xml` (or `word/footnotes.xml`) into blocks. Text boxes and the fallback copies
/// of drawings are skipped, so nothing is read twice; a Word checkbox control becomes ☑ or □, and so do
/// Wingdings check marks, so the field finder sees every tick the same way.
final class DocxBodyParser: NSObject, XMLParserDelegate {
    private(set) var blocks: [DocxBlock] = []
    /// Footnote paragraphs by footnote id (from footnotes.xml).
    private(set) var footnotes: [String: [DocxParagraph]] = [:]

    private var tables: [(table: DocxTable, row: [DocxCell], cell: DocxCell?)] = []
    private var paragraph: DocxParagraph?
    private var footnote: String?
    private var skipDepth = 0
    private var inRun = false, inRunProperties = false, inText = false
    private var bold = false, italic = false
    private var drawing: (alt: String, relationship: String?, linked: Bool)?
    private var checkboxes: [Bool?] = []
    private var inCheckboxContent = 0

    private var malformed = false

    /// Parses `bytes`; false when the XML is malformed anywhere.
    func parse(_ bytes: [UInt8]) -> Bool {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        return parser.parse() && !malformed
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { malformed = true }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let local = Self.local(name)
        if skipDepth > 0 || local == "Fallback" || local == "txbxContent" {
            skipDepth += 1
            return
        }
        let value = Self.attribute("val", attributes)
        switch local {
        case "footnote": footnote = attributes["w:type"] == nil ? Self.attribute("id", attributes) : nil
        case "tbl": tables.append((DocxTable(), [], nil))
        case "tr": if !tables.isEmpty { tables[tables.count - 1].row = [] }
        case "tc": if !tables.isEmpty { tables[tables.count - 1].cell = DocxCell() }
        case "gridSpan": if !tables.isEmpty { tables[tables.count - 1].cell?.span = value.flatMap(Int.init) ?? 1 }
        case "vMerge": if !tables.isEmpty { tables[tables.count - 1].cell?.continuesAbove = value != "restart" }
        case "p": paragraph = DocxParagraph()
        case "pStyle": paragraph?.style = value
        case "outlineLvl": paragraph?.outlineLevel = value.flatMap(Int.init)
        case "ilvl":
            let id = paragraph?.numbering?.id ?? ""
            paragraph?.numbering = (id, value.flatMap(Int.init) ?? 0)
        case "numId":
            let level = paragraph?.numbering?.level ?? 0
            paragraph?.numbering = value == "0" ? nil : (value ?? "", level)
        case "r": (inRun, bold, italic) = (true, false, false)
        case "rPr": inRunProperties = inRun
        case "rStyle" where inRunProperties:
            if value?.lowercased().contains("strong") == true { bold = true }
            if value?.lowercased().contains("emphasis") == true { italic = true }
        case "b" where inRunProperties: bold = Self.isOn(value)
        case "i" where inRunProperties: italic = Self.isOn(value)
        case "t": inText = true
        case "tab": append(" ")
        case "br": if attributes["w:type"] == nil || attributes["w:type"] == "textWrapping" { paragraph?.inlines.append(.lineBreak) }
        case "cr": paragraph?.inlines.append(.lineBreak)
        case "sym": append(Self.symbol(Self.attribute("char", attributes)))
        case "drawing": drawing = ("", nil, false)
        case "docPr": drawing?.alt = attributes["descr"].flatMap { $0.isEmpty ? nil : $0 } ?? attributes["title"] ?? ""
        case "blip":
            if let id = Self.attribute("embed", attributes) {
                drawing?.relationship = id
            } else if Self.attribute("link", attributes) != nil {
                drawing?.linked = true
            }
        case "imagedata":
            if let id = Self.attribute("id", attributes), drawing == nil {
                paragraph?.inlines.append(.image(relationship: id, alt: attributes["o:title"] ?? ""))
            }
        case "footnoteReference": if let id = Self.attribute("id", attributes) { paragraph?.inlines.append(.footnote(id: id)) }
        case "sdt": checkboxes.append(nil)
        case "checked": if !checkboxes.isEmpty { checkboxes[checkboxes.count - 1] = Self.isOn(value) }
        case "checkbox": if !checkboxes.isEmpty, checkboxes[checkboxes.count - 1] == nil { checkboxes[checkboxes.count - 1] = false }
        case "sdtContent":
            if let checked = checkboxes.last ?? nil {
                append(checked ? "☑" : "□")
                inCheckboxContent += 1
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch Self.local(name) {
        case "footnote": footnote = nil
        case "t": inText = false
        case "r": inRun = false
        case "rPr": inRunProperties = false
        case "drawing":
            if let drawing {
                if let id = drawing.relationship {
                    paragraph?.inlines.append(.image(relationship: id, alt: drawing.alt))
                } else if drawing.linked {
                    paragraph?.inlines.append(.linkedImage)
                }
            }
            drawing = nil
        case "sdtContent": if let checked = checkboxes.last, checked != nil { inCheckboxContent -= 1 }
        case "sdt": _ = checkboxes.popLast()
        case "p": endParagraph()
        case "tc":
            guard !tables.isEmpty, let cell = tables[tables.count - 1].cell else { return }
            tables[tables.count - 1].row.append(cell)
            tables[tables.count - 1].cell = nil
        case "tr":
            guard !tables.isEmpty else { return }
            tables[tables.count - 1].table.rows.append(tables[tables.count - 1].row)
        case "tbl": endTable()
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, skipDepth == 0 { append(string) }
    }

    private func append(_ text: String) {
        guard inCheckboxContent == 0, !text.isEmpty, paragraph != nil else { return }
        if case .text(let previous, let b, let i) = paragraph!.inlines.last, b == bold, i == italic {
            paragraph!.inlines[paragraph!.inlines.count - 1] = .text(previous + text, bold: b, italic: i)
        } else {
            paragraph!.inlines.append(.text(text, bold: bold, italic: italic))
        }
    }

    private func endParagraph() {
        guard let finished = paragraph else { return }
        paragraph = nil
        if !tables.isEmpty, tables[tables.count - 1].cell != nil {
            tables[tables.count - 1].cell!.paragraphs.append(finished)
        } else if let footnote {
            footnotes[footnote, default: []].append(finished)
        } else if tables.isEmpty {
            blocks.append(.paragraph(finished))
        }
    }

    /// A finished table joins the document, or, nested in a cell, gives that cell its paragraphs.
    private func endTable() {
        guard let finished = tables.popLast()?.table else { return }
        if !tables.isEmpty, tables[tables.count - 1].cell != nil {
            tables[tables.count - 1].cell!.paragraphs += finished.rows.flatMap { $0.flatMap(\.paragraphs) }
        } else if footnote == nil {
            blocks.append(.table(finished))
        }
    }

    static func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }

    static func attribute(_ local: String, _ attributes: [String: String]) -> String? {
        attributes.first { Self.local($0.key) == local }?.value
    }

    /// `<w:b/>` and `<w:b w:val="true"/>` are on; `w:val="0"`, `false` or `off` are off.
    static func isOn(_ value: String?) -> Bool { !["0", "false", "off"].contains(value?.lowercased() ?? "") }

    /// Wingdings check marks and boxes (`<w:sym w:char="F0FE"/>`) as the characters they show.
    static func symbol(_ code: String?) -> String {
        switch code?.uppercased() {
        case "F0FE", "F052", "F053", "F0FD", "F0FB", "F050": "☑"
        case "F0FC", "F0FF": "√"
        case "F0A8", "F0A3", "F06F", "F071", "F0A1": "□"
        default: ""
        }
    }
}
