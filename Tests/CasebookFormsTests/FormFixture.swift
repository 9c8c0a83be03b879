import Casebook
import Foundation

@testable import CasebookExport
@testable import CasebookForms
@testable import CasebookSupport

/// Word documents built in memory for one layout each: a body of WordprocessingML, optional
/// numbering, footnotes, relationships and media.
struct FormFixture {
    var body: String
    var numbering: String?
    var footnotes: String?
    var relationships: [(id: String, target: String)] = []
    var media: [(path: String, bytes: [UInt8])] = []
    var extra: [(path: String, bytes: [UInt8])] = []

    init(_ body: String) { self.body = body }

    /// The .docx bytes.
    func bytes() throws -> [UInt8] {
        let ns =
            DocxTemplateParts.namespace + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
        var rels =
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        for relationship in relationships {
            rels +=
                "<Relationship Id=\"\(relationship.id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"\(relationship.target)\"/>"
        }
        rels += "</Relationships>"
        var parts: [(path: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", Array(DocxTemplateParts.contentTypes.utf8)),
            ("_rels/.rels", Array(DocxTemplateParts.packageRelationships.utf8)),
            ("word/document.xml", Array("<?xml version=\"1.0\"?><w:document \(ns)><w:body>\(body)</w:body></w:document>".utf8)),
            ("word/_rels/document.xml.rels", Array(rels.utf8)),
            ("word/styles.xml", Array(DocxTemplateParts.styles.utf8)),
        ]
        if let numbering { parts.append(("word/numbering.xml", Array(numbering.utf8))) }
        if let footnotes { parts.append(("word/footnotes.xml", Array("<?xml version=\"1.0\"?><w:footnotes \(ns)>\(footnotes)</w:footnotes>".utf8))) }
        return try ZipArchive.zip(parts + media + extra)
    }

    /// A paragraph of plain text, optionally in a style.
    static func p(_ text: String, style: String? = nil) -> String { WordML.paragraph(WordML.run(text), style: style) }

    /// A table of plain-text rows; a cell written `>` widens the cell to its left, `^` continues the cell above.
    static func table(_ rows: [[String]]) -> String {
        "<w:tbl>"
            + rows.map { row in
                var cells: [(text: String, span: Int)] = []
                for text in row {
                    if text == ">", !cells.isEmpty { cells[cells.count - 1].span += 1 } else { cells.append((text, 1)) }
                }
                return "<w:tr>"
                    + cells.map { cell in
                        if cell.text == "^" { return "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" }
                        let span = cell.span > 1 ? "<w:gridSpan w:val=\"\(cell.span)\"/>" : ""
                        return "<w:tc><w:tcPr>\(span)</w:tcPr>"
                            + cell.text.split(separator: "\n", omittingEmptySubsequences: false).map { p(String($0)) }.joined() + "</w:tc>"
                    }.joined() + "</w:tr>"
            }.joined() + "</w:tbl>"
    }

    /// The case fields of a complete form, as label → value rows.
    static let caseRows = [
        ["案例名称", "某化工集团分类分级管理实践"], ["申报单位", "湖南某化工集团有限公司"], ["企业类型", "☑联网工业企业 □工业互联网平台企业 □工业互联网标识解析企业"],
        ["所在地区", "湖南省"], ["所属行业", "石油化工"], ["申报年度", "2023年"], ["案例简介", "一段案例简介。"],
    ]
}

/// A site folder in a fresh temporary directory, removed when the value is dropped.
final class FormSite {
    let root: String

    init() throws {
        let parent = NSTemporaryDirectory() + "casebook-forms-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        _ = try NewContent.newSite(parent + "/site", year: 2023)
        root = parent + "/site"
    }

    deinit { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }

    /// Writes `bytes` as a form file beside the site and returns its path.
    func form(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = (root as NSString).deletingLastPathComponent + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Imports `forms` with a converter that finds no LibreOffice unless one is given.
    func importForms(
        _ forms: [String], rename: Bool = false, limits: FormLimits = .standard,
        converter: LegacyConverter = LegacyConverter(executable: nil)
    ) throws -> FormImportOutcome {
        try FormImport(root: root, rename: rename, limits: limits, converter: converter).run(forms)
    }

    /// The text of a file of the site.
    func text(_ path: String) -> String? {
        (try? String(contentsOfFile: root + "/" + path, encoding: .utf8))
    }

    /// Every file below content/ (paths from the site folder, sorted), to show nothing else was written.
    var contentFiles: [String] {
        (FileManager.default.subpaths(atPath: root + "/content") ?? []).filter { path in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/content/" + path, isDirectory: &folder) && !folder.boolValue
        }.map { "content/" + $0 }.sorted()
    }

    /// The diagnostics `casebook check` reports.
    func check() throws -> [Diagnostic] { try SiteBuilder().diagnostics(source: root) }
}
