/// A Word document read into blocks: what the field finder and the narrative writer work on.
/// Only what a 申报书 carries is kept — text with bold and italic, images, footnote marks, list and
/// heading information, and tables with their merges.
enum DocxBlock: Sendable, Equatable {
    case paragraph(DocxParagraph)
    case table(DocxTable)
}

/// A piece of a paragraph.
enum DocxInline: Sendable, Equatable {
    case text(String, bold: Bool, italic: Bool)
    /// An embedded picture: its relationship id and its alt text.
    case image(relationship: String, alt: String)
    /// A linked (not embedded) picture, which is never fetched.
    case linkedImage
    case footnote(id: String)
    case lineBreak
}

/// One paragraph with the style and numbering that say whether it is a heading or a list item.
struct DocxParagraph: Sendable, Equatable {
    var style: String?
    var outlineLevel: Int?
    var numbering: (id: String, level: Int)?
    var inlines: [DocxInline] = []

    /// The plain text, line breaks as newlines.
    var text: String {
        inlines.map { inline in
            switch inline {
            case .text(let text, _, _): text
            case .lineBreak: "\n"
            default: ""
            }
        }.joined()
    }

    static func == (lhs: DocxParagraph, rhs: DocxParagraph) -> Bool {
        lhs.style == rhs.style && lhs.outlineLevel == rhs.outlineLevel && lhs.numbering?.id == rhs.numbering?.id
            && lhs.numbering?.level == rhs.numbering?.level && lhs.inlines == rhs.inlines
    }
}

/// A table cell: its paragraphs and how it is merged with its neighbours.
struct DocxCell: Sendable, Equatable {
    var paragraphs: [DocxParagraph] = []
    /// How many grid columns the cell spans (`w:gridSpan`).
    var span = 1
    /// True when the cell continues the one above it (`w:vMerge` without `restart`).
    var continuesAbove = false

    /// The cell's text, paragraphs on separate lines.
    var text: String { paragraphs.map(\.text).joined(separator: "\n") }
}

/// A table as rows of cells, as Word stores it.
struct DocxTable: Sendable, Equatable {
    var rows: [[DocxCell]] = []

    /// The rows laid out on the column grid: every grid slot holds the cell that covers it, merged
    /// cells repeated, and a cell that continues a vertical merge replaced by the cell it continues.
    var grid: [[GridSlot]] {
        var result: [[GridSlot]] = []
        for (rowIndex, row) in rows.enumerated() {
            var slots: [GridSlot] = []
            for (cellIndex, cell) in row.enumerated() {
                let column = slots.count
                var origin = (row: rowIndex, cell: cellIndex)
                if cell.continuesAbove, let above = result.last, column < above.count { origin = above[column].origin }
                for offset in 0..<max(1, min(cell.span, 64)) {
                    slots.append(GridSlot(origin: origin, first: offset == 0))
                }
            }
            result.append(slots)
        }
        return result
    }

    /// The cell a grid slot refers to.
    func cell(_ slot: GridSlot) -> DocxCell { rows[slot.origin.row][slot.origin.cell] }

    /// The next cell to the right of the one at `row`, `column` on `grid`.
    func right(of row: Int, _ column: Int, in grid: [[GridSlot]]) -> GridSlot? {
        grid[row][(column + 1)...].first { $0.origin != grid[row][column].origin }
    }

    /// The cell below the one at `row`, `column` on `grid` (past the rows it spans).
    func below(_ row: Int, _ column: Int, in grid: [[GridSlot]]) -> GridSlot? {
        grid.dropFirst(row + 1).first { column < $0.count && $0[column].origin != grid[row][column].origin }?[column]
    }
}

/// One position on a table's column grid.
struct GridSlot: Sendable, Equatable {
    /// The row and cell index of the cell that covers this position.
    let origin: (row: Int, cell: Int)
    /// True for the leftmost position of a horizontally merged cell.
    let first: Bool

    static func == (lhs: GridSlot, rhs: GridSlot) -> Bool { lhs.origin == rhs.origin && lhs.first == rhs.first }
}
