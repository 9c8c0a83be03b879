import Foundation

/// Turns the narrative part of a form into the Markdown body of a case or region: headings, paragraphs
/// with bold and italic, lists, tables (merged cells laid out so each row reads whole), images through
/// `image`, and footnotes at the end. Guidance printed on the blank form (【填写说明】) is left out.
struct NarrativeWriter {
    /// Counts for the summary line.
    struct Counts: Sendable, Equatable {
        var headings = 0, tables = 0, images = 0, footnotes = 0
        /// Sections whose heading had nothing under it; they are left out.
        var emptySections: [String] = []
    }

    let headings: Headings
    let footnoteText: [String: [DocxParagraph]]
    /// Takes an image out of the package and returns its link, or nil when it is left out.
    let image: (_ relationship: String, _ alt: String) throws -> String?

    private(set) var counts = Counts()
    private var footnoteOrder: [String] = []

    init(headings: Headings, footnotes: [String: [DocxParagraph]], image: @escaping (String, String) throws -> String?) {
        self.headings = headings
        self.footnoteText = footnotes
        self.image = image
    }

    /// The Markdown of `blocks`.
    mutating func markdown(_ blocks: [DocxBlock]) throws -> String {
        var chunks: [String] = []
        var list: [String] = []
        var openSection: (index: Int, title: String)?
        func closeSection() {
            if let open = openSection, open.index == chunks.count - 1 {
                chunks.removeLast()
                counts.headings -= 1
                counts.emptySections.append(open.title)
            }
            openSection = nil
        }
        func flushList() {
            if !list.isEmpty { chunks.append(list.joined(separator: "\n")) }
            list = []
        }
        for block in blocks {
            switch block {
            case .table(let table):
                flushList()
                if let text = try self.table(table) { chunks.append(text) }
            case .paragraph(let paragraph):
                if Self.isGuidance(paragraph) { continue }
                if let heading = headings.heading(paragraph) {
                    flushList()
                    guard heading.level > 0, !heading.text.isEmpty else { continue }
                    if heading.level == 1 { closeSection() }
                    counts.headings += 1
                    if heading.level == 1 { openSection = (chunks.count, heading.text) }
                    chunks.append(String(repeating: "#", count: min(heading.level + 1, 6)) + " " + MarkdownText.escaped(heading.text))
                    continue
                }
                let text = try inline(paragraph.inlines, inTable: false).trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { continue }
                if let item = headings.styles.listItem(paragraph) {
                    let indent = String(repeating: " ", count: min(item.level, 5) * (item.ordered ? 3 : 2))
                    list.append(indent + (item.ordered ? "1. " : "- ") + text)
                } else {
                    flushList()
                    chunks.append(MarkdownText.guardedStart(text))
                }
            }
        }
        flushList()
        closeSection()
        for (number, id) in footnoteOrder.enumerated() {
            let text = try (footnoteText[id] ?? []).map { try inline($0.inlines, inTable: false) }.joined(separator: " ")
            chunks.append("[^\(number + 1)]: " + text.trimmingCharacters(in: .whitespaces))
        }
        counts.footnotes = footnoteOrder.count
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// 【填写说明】 paragraphs, and anything in the blank form's guidance style.
    static func isGuidance(_ paragraph: DocxParagraph) -> Bool {
        paragraph.style == "FormGuidance" || paragraph.text.trimmingCharacters(in: .whitespaces).hasPrefix("【填写说明】")
    }

    private mutating func inline(_ inlines: [DocxInline], inTable: Bool) throws -> String {
        var out = ""
        for piece in inlines {
            switch piece {
            case .text(let text, let bold, let italic):
                out += MarkdownText.emphasised(text.replacingOccurrences(of: "\n", with: " "), bold: bold, italic: italic, inTable: inTable)
            case .lineBreak: out += inTable ? " " : "\n"
            case .image(let relationship, let alt):
                guard let link = try image(relationship, alt) else { continue }
                counts.images += 1
                let words = alt.isEmpty ? "图\(counts.images)" : FormValues.oneLine(alt)
                out += "![" + MarkdownText.escaped(words, inTable: inTable) + "](" + link + ")"
            case .linkedImage: continue
            case .footnote(let id):
                let number = footnoteOrder.firstIndex(of: id) ?? footnoteOrder.count
                if number == footnoteOrder.count { footnoteOrder.append(id) }
                out += "[^\(number + 1)]"
            }
        }
        return out
    }

    /// A GitHub-style table; the first row is the header. A cell spanning columns fills the first, a
    /// vertically merged cell repeats its text in each row it covers.
    private mutating func table(_ table: DocxTable) throws -> String? {
        let grid = table.grid
        let width = grid.map(\.count).max() ?? 0
        guard width > 0 else { return nil }
        var lines: [String] = []
        for (index, row) in grid.enumerated() {
            var cells: [String] = []
            for column in 0..<width {
                guard column < row.count, row[column].first else {
                    cells.append("")
                    continue
                }
                let cell = table.cell(row[column])
                let text = try cell.paragraphs.map { try inline($0.inlines, inTable: true) }.filter { !$0.isEmpty }.joined(separator: " ")
                cells.append(text.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces))
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
            if index == 0 { lines.append("|" + String(repeating: " --- |", count: width)) }
        }
        counts.tables += 1
        return lines.joined(separator: "\n")
    }
}
