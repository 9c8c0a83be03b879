/// A Word document opened for reading a form: its blocks, footnotes, styles and relationships, with
/// the package kept to take out the images the narrative links.
struct DocxDocument {
    let blocks: [DocxBlock]
    let footnotes: [String: [DocxParagraph]]
    let styles: DocxStyles
    let relationships: DocxRelationships
    let package: DocxPackage

    /// Reads the document in `bytes`; `file` names it in messages.
    init(_ bytes: [UInt8], file: String, limits: FormLimits) throws {
        package = try DocxPackage(bytes, file: file, limits: limits)
        let body = DocxBodyParser()
        guard let xml = try package.part("word/document.xml"), body.parse(xml) else {
            throw FormFailure(.corruptText, path: file)
        }
        blocks = body.blocks
        let notes = DocxBodyParser()
        if let xml = try package.part("word/footnotes.xml") { _ = notes.parse(xml) }
        footnotes = notes.footnotes
        styles = DocxStyles(styles: try package.part("word/styles.xml"), numbering: try package.part("word/numbering.xml"))
        relationships = DocxRelationships(try package.part("word/_rels/document.xml.rels"))
    }
}
