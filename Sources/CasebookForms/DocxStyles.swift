import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What styles.xml and numbering.xml say about paragraphs: which styles are headings (and of what
/// level), which carry list numbering, and whether a list is bulleted or numbered.
struct DocxStyles: Sendable {
    private var headingLevel: [String: Int] = [:]
    private var styleNumbering: [String: String] = [:]
    private var basedOn: [String: String] = [:]
    private var names: [String: String] = [:]
    private var abstractOf: [String: String] = [:]
    private var formats: [String: [Int: String]] = [:]

    init() {}

    /// Reads the parts that exist; malformed ones count as absent.
    init(styles: [UInt8]?, numbering: [UInt8]?) {
        let reader = PartReader()
        if let styles { reader.read(styles) }
        if let numbering { reader.read(numbering) }
        for style in reader.styles {
            names[style.id] = style.name
            if let parent = style.basedOn { basedOn[style.id] = parent }
            if let numId = style.numId { styleNumbering[style.id] = numId }
            if let level = Self.level(name: style.name) ?? style.outline.map({ $0 + 1 }) { headingLevel[style.id] = level }
        }
        abstractOf = reader.nums
        formats = reader.levels
    }

    /// The heading level (1 = top) of a paragraph from its style or outline level; 0 for a title.
    func headingLevel(_ paragraph: DocxParagraph) -> Int? {
        if let outline = paragraph.outlineLevel, outline < 9 { return outline + 1 }
        var style = paragraph.style
        for _ in 0..<8 {
            guard let id = style else { return nil }
            if let level = headingLevel[id] { return level }
            if ["title", "标题"].contains(id.lowercased()) || names[id]?.lowercased() == "title" { return 0 }
            if let level = Self.level(name: id) { return level }
            style = basedOn[id]
        }
        return nil
    }

    /// The list a paragraph belongs to, from its own numbering or its style's: bullet or ordered, and its level.
    func listItem(_ paragraph: DocxParagraph) -> (ordered: Bool, level: Int)? {
        let styleName = (paragraph.style.flatMap { names[$0] } ?? paragraph.style ?? "").lowercased()
        guard let numId = paragraph.numbering?.id ?? paragraph.style.flatMap({ styleNumbering[$0] }), !numId.isEmpty, numId != "0" else {
            if styleName.hasPrefix("list bullet") { return (false, 0) }
            if styleName.hasPrefix("list number") { return (true, 0) }
            return nil
        }
        let level = paragraph.numbering?.level ?? 0
        let format = abstractOf[numId].flatMap { formats[$0]?[level] } ?? (styleName.contains("number") ? "decimal" : "bullet")
        return (format != "bullet" && format != "none", level)
    }

    /// `heading 2`, `Heading2`, `标题 2` → 2.
    static func level(name: String?) -> Int? {
        guard let name = name?.lowercased().replacingOccurrences(of: " ", with: "") else { return nil }
        for prefix in ["heading", "标题"] where name.hasPrefix(prefix) {
            if let level = Int(name.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }
}

/// Collects styles, numbering instances and level formats.
private final class PartReader: NSObject, XMLParserDelegate {
    struct Style {
        var id: String
        var name: String?
        var basedOn: String?
        var outline: Int?
        var numId: String?
    }
    var styles: [Style] = []
    var nums: [String: String] = [:]
    var levels: [String: [Int: String]] = [:]
    private var style: Style?
    private var num: String?
    private var abstract: String?
    private var level: Int?

    func read(_ bytes: [UInt8]) {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        _ = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let value = DocxBodyParser.attribute("val", attributes)
        switch DocxBodyParser.local(name) {
        case "style": style = DocxBodyParser.attribute("styleId", attributes).map { Style(id: $0) }
        case "name": style?.name = value
        case "basedOn": style?.basedOn = value
        case "outlineLvl": style?.outline = value.flatMap(Int.init)
        case "numId" where style != nil: style?.numId = value
        case "abstractNum": abstract = DocxBodyParser.attribute("abstractNumId", attributes)
        case "lvl": level = DocxBodyParser.attribute("ilvl", attributes).flatMap(Int.init)
        case "numFmt": if let abstract, let level, let value { levels[abstract, default: [:]][level] = value }
        case "num": num = DocxBodyParser.attribute("numId", attributes)
        case "abstractNumId": if let num, let value { nums[num] = value }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch DocxBodyParser.local(name) {
        case "style":
            if let style { styles.append(style) }
            style = nil
        case "abstractNum": abstract = nil
        case "lvl": level = nil
        case "num": num = nil
        default: break
        }
    }
}
