import Casebook
import CasebookSupport

/// Small builders for the WordprocessingML of the blank forms: runs, paragraphs and tables, every
/// text escaped.
enum WordML {
    /// A run of text; `size` in points.
    static func run(_ text: String, bold: Bool = false, size: Double? = nil, font: String? = nil) -> String {
        var properties = ""
        if let font { properties += "<w:rFonts w:ascii=\"\(font)\" w:eastAsia=\"\(font)\" w:hAnsi=\"\(font)\"/>" }
        if bold { properties += "<w:b/>" }
        if let size { properties += "<w:sz w:val=\"\(Int(size * 2))\"/><w:szCs w:val=\"\(Int(size * 2))\"/>" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + "<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }

    /// A paragraph of `runs`.
    static func paragraph(_ runs: String = "", style: String? = nil, center: Bool = false, after: Int? = nil, pageBreakBefore: Bool = false) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if let after { properties += "<w:spacing w:after=\"\(after)\"/>" }
        if center { properties += "<w:jc w:val=\"center\"/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    /// A table cell `width` twips wide spanning `span` grid columns.
    static func cell(_ content: String, width: Int, span: Int = 1, shaded: Bool = false) -> String {
        var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        if shaded { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>" }
        properties += "<w:vAlign w:val=\"center\"/>"
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(content.isEmpty ? paragraph() : content)</w:tc>"
    }

    /// A table row at least `height` twips high.
    static func row(_ cells: [String], height: Int = 560) -> String {
        "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"\(height)\"/></w:trPr>" + cells.joined() + "</w:tr>"
    }

    /// A table on a grid of `widths` (twips), ruled or not.
    static func table(_ rows: [String], widths: [Int], ruled: Bool = true) -> String {
        let border = ruled ? "single" : "none"
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"\(border)\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>\(borders)</w:tblBorders>"
            + "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
            + rows.joined() + "</w:tbl>"
    }
}
