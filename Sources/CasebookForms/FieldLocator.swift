import Foundation

/// Finds the values of a form's fields by their labels, wherever they are: a label cell with its
/// value in the next cell or in the cell below, label and value in one cell or one line
/// (「申报单位：某某公司」), labels with spaces inside (「申 报 单 位」) or another accepted name.
struct FieldLocator {
    /// What was found for one field.
    struct Found: Sendable, Equatable {
        /// The label as the form writes it.
        let label: String
        /// The value, trimmed; empty when the label was there and its value blank.
        let value: String
    }

    private let fields: [FormField]
    private let byLabel: [String: FormField]

    init(fields: [FormField]) {
        self.fields = fields
        var byLabel: [String: FormField] = [:]
        for field in fields {
            for label in field.labels { byLabel[Self.normalised(label)] = field }
        }
        self.byLabel = byLabel
    }

    /// Every field found in `blocks`, the first non-empty value of each.
    func locate(_ blocks: [DocxBlock]) -> [FormField.Key: Found] {
        var found: [FormField.Key: Found] = [:]
        func record(_ field: FormField, _ label: String, _ value: String) {
            let cleaned = Self.cleaned(value)
            if let existing = found[field.key], !existing.value.isEmpty { return }
            if found[field.key] == nil || !cleaned.isEmpty {
                found[field.key] = Found(
                    label: label.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "：:*＊"))), value: cleaned)
            }
        }
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                for line in paragraph.text.split(separator: "\n") {
                    if case let (field, label, value)? = inline(String(line)) { record(field, label, value) }
                }
            case .table(let table):
                for (field, label, value) in locate(in: table) { record(field, label, value) }
            }
        }
        return found
    }

    /// The field a piece of text names as its whole label, if any.
    func field(labelled text: String) -> FormField? {
        let key = Self.normalised(text)
        guard !key.isEmpty else { return nil }
        return byLabel[key] ?? byLabel[Self.withoutNote(key)]
    }

    /// 「label：value」 on one line: the field, the label as written and the value.
    func inline(_ text: String) -> (FormField, String, String)? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let label = String(text[..<colon])
        guard let field = field(labelled: label) else { return nil }
        return (field, label, String(text[text.index(after: colon)...]))
    }

    private func locate(in table: DocxTable) -> [(FormField, String, String)] {
        let grid = table.grid
        var results: [(FormField, String, String)] = []
        for (rowIndex, row) in grid.enumerated() {
            for (column, slot) in row.enumerated() where slot.first && slot.origin.row == rowIndex {
                let cell = table.cell(slot)
                if let field = field(labelled: cell.text) {
                    results.append((field, cell.text, neighbour(of: slot, row: rowIndex, column: column, in: table, grid: grid) ?? ""))
                    continue
                }
                for paragraph in cell.paragraphs {
                    guard case let (field, label, value)? = inline(paragraph.text) else { continue }
                    let rest = Self.cleaned(value)
                    results.append(
                        (
                            field, label,
                            rest.isEmpty && cell.paragraphs.count == 1
                                ? neighbour(of: slot, row: rowIndex, column: column, in: table, grid: grid) ?? "" : value
                        ))
                }
            }
        }
        return results
    }

    /// The value of a label cell: the next cell to the right, or, when there is none or it is another
    /// label, the cell below.
    private func neighbour(of slot: GridSlot, row: Int, column: Int, in table: DocxTable, grid: [[GridSlot]]) -> String? {
        if let right = table.right(of: row, column, in: grid) {
            let text = table.cell(right).text
            if field(labelled: text) == nil { return text }
        }
        guard let below = table.below(row, column, in: grid) else { return nil }
        let text = table.cell(below).text
        return field(labelled: text) == nil ? text : nil
    }

    /// A label without spaces, required-field stars, fill-in underlines or the closing colon.
    static func normalised(_ text: String) -> String {
        var key = String(text.unicodeScalars.filter { !$0.properties.isWhitespace && !"*＊_".unicodeScalars.contains($0) }.map(Character.init))
        while let last = key.last, "：:".contains(last) { key.removeLast() }
        return key.lowercased()
    }

    /// 「所属行业（按国民经济行业分类）」 → 「所属行业」.
    static func withoutNote(_ key: String) -> String {
        guard let open = key.firstIndex(where: { $0 == "（" || $0 == "(" }), open != key.startIndex else { return key }
        return String(key[..<open])
    }

    /// A value without the underlines of a blank and surrounding spaces.
    static func cleaned(_ text: String) -> String {
        let lines = text.split(separator: "\n").map { line in
            line.replacingOccurrences(of: "_", with: "").trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}")))
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
