/// Narrative sections written inside the form's table, as many ministry forms lay them out: a cell
/// naming a section (「一、案例背景」, 「主要做法（不超过2000字）」) with its text in the cell beside or below.
enum TableSections {
    /// Each such section as a heading followed by the paragraphs of its text.
    static func blocks(in table: DocxTable, names: [String]) -> [DocxBlock] {
        let grid = table.grid
        var blocks: [DocxBlock] = []
        for (rowIndex, row) in grid.enumerated() {
            for (column, slot) in row.enumerated() where slot.first && slot.origin.row == rowIndex {
                guard let title = section(table.cell(slot).text, names: names) else { continue }
                let beside = table.right(of: rowIndex, column, in: grid).map(table.cell)
                let content =
                    beside.flatMap { cell in cell.text.isEmpty || section(cell.text, names: names) != nil ? nil : cell }
                    ?? table.below(rowIndex, column, in: grid).map(table.cell)
                guard let content, section(content.text, names: names) == nil else { continue }
                var heading = DocxParagraph()
                heading.outlineLevel = 0
                heading.inlines = [.text(title, bold: false, italic: false)]
                blocks.append(.paragraph(heading))
                blocks += content.paragraphs.map(DocxBlock.paragraph)
            }
        }
        return blocks
    }

    /// The section a cell names, without its numbering or note; nil when it names none.
    static func section(_ text: String, names: [String]) -> String? {
        let line = FormValues.oneLine(text)
        let title = FieldLocator.withoutNote(FieldLocator.normalised(Headings.numbering(line)?.text ?? line))
        return names.contains(title) ? title : nil
    }
}
