import CasebookContent

/// Reads one filled-in form: which form it is, the value of each field found by its label, the
/// key-figures table of a region form, and the narrative that follows the fields.
struct FormReader {
    /// One row of the key-figures table (指标 | 数值 | 单位).
    struct Figure: Sendable, Equatable {
        let label: String, value: String, unit: String
    }

    /// What was read from one form.
    struct Reading {
        let kind: FormKind
        let document: DocxDocument
        let found: [FormField.Key: FieldLocator.Found]
        let figures: [Figure]
        let narrative: [DocxBlock]
    }

    let limits: FormLimits

    /// Reads `bytes` (a .docx); `file` names it in messages.
    func read(_ bytes: [UInt8], file: String) throws -> Reading {
        let document = try DocxDocument(bytes, file: file, limits: limits)
        let headings = Headings(styles: document.styles)
        let kind = Self.kind(of: document.blocks)
        let start = Self.narrativeStart(document.blocks, kind: kind, headings: headings)
        let head = Array(document.blocks[..<start])
        let figuresTable = head.firstIndex { block in
            if case .table(let table) = block { return Self.figureColumns(table) != nil }
            return false
        }
        let fieldBlocks = head.enumerated().filter { $0.offset != figuresTable }.map(\.element)
        let found = FieldLocator(fields: kind.fields).locate(fieldBlocks)
        guard found.values.contains(where: { !$0.value.isEmpty }) else {
            throw FormFailure(.noFields, path: file)
        }
        var figures: [Figure] = []
        if let index = figuresTable, case .table(let table) = head[index] { figures = Self.figures(table) }
        let inTables = fieldBlocks.flatMap { block -> [DocxBlock] in
            if case .table(let table) = block { return TableSections.blocks(in: table, names: Self.sectionNames(kind)) }
            return []
        }
        return Reading(kind: kind, document: document, found: found, figures: figures, narrative: inTables + document.blocks[start...])
    }

    /// A region form when its title or labels say so (成效突出地区, 申报方向, 工作概况); otherwise a case form.
    static func kind(of blocks: [DocxBlock]) -> FormKind {
        let text = blocks.prefix(12).map { block -> String in
            switch block {
            case .paragraph(let paragraph): paragraph.text
            case .table(let table): table.rows.flatMap { $0.map(\.text) }.joined(separator: " ")
            }
        }.joined(separator: " ")
        if text.contains("成效突出地区") && !text.contains("典型案例") { return .region }
        let region = FieldLocator(fields: FormKind.region.fields).locate(blocks)
        let caseFields = FieldLocator(fields: FormKind.caseForm.fields).locate(blocks)
        let regionOnly = region.keys.filter { [.awards, .participatingEnterprises].contains($0) || ($0 == .summary && caseFields[.summary] == nil) }
        let caseOnly = caseFields.keys.filter { [.title, .enterpriseType, .industry, .grade, .steps].contains($0) }
        return regionOnly.count > caseOnly.count ? .region : .caseForm
    }

    /// Where the narrative begins: the first heading that names one of the form's sections (案例背景 …),
    /// else the first heading after the last table, else the end.
    static func narrativeStart(_ blocks: [DocxBlock], kind: FormKind, headings: Headings) -> Int {
        let names = sectionNames(kind)
        for (index, block) in blocks.enumerated() {
            if case .paragraph(let paragraph) = block, let heading = headings.heading(paragraph), heading.level > 0,
                names.contains(where: { heading.text.contains($0) })
            {
                return index
            }
        }
        let lastTable = blocks.lastIndex { if case .table = $0 { true } else { false } } ?? -1
        for index in blocks.indices.dropFirst(lastTable + 1) {
            if case .paragraph(let paragraph) = blocks[index], let heading = headings.heading(paragraph), heading.level > 0 { return index }
        }
        return blocks.count
    }

    /// The section headings of a form, and other names forms give them.
    static func sectionNames(_ kind: FormKind) -> [String] {
        kind.sections.map(\.heading) + ["案例概述", "经验做法", "实施成效", "工作成效", "主要成效", "典型经验"]
    }

    /// The columns of 指标, 数值 and 单位 when a row of `table` heads them.
    static func figureColumns(_ table: DocxTable) -> (header: Int, label: Int, value: Int, unit: Int?)? {
        for (index, row) in table.rows.prefix(3).enumerated() {
            let names = row.map { FieldLocator.normalised($0.text) }
            guard let label = names.firstIndex(where: { $0 == "指标" || $0 == "指标名称" || $0 == "项目" }),
                let value = names.firstIndex(where: { $0 == "数值" || $0 == "数量" || $0 == "数据" })
            else { continue }
            return (index, label, value, names.firstIndex { $0 == "单位" })
        }
        return nil
    }

    /// The filled rows of the key-figures table.
    static func figures(_ table: DocxTable) -> [Figure] {
        guard let columns = figureColumns(table) else { return [] }
        return table.rows.dropFirst(columns.header + 1).compactMap { row in
            func text(_ column: Int?) -> String {
                guard let column, column < row.count else { return "" }
                return FieldLocator.cleaned(FormValues.oneLine(row[column].text))
            }
            let label = text(columns.label), value = text(columns.value)
            return label.isEmpty || value.isEmpty ? nil : Figure(label: label, value: value, unit: text(columns.unit))
        }
    }
}
