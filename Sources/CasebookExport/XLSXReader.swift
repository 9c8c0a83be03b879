import CasebookSupport
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the first sheet of an Excel workbook (.xlsx, as Excel, WPS and LibreOffice save it) into
/// rows of text: shared and inline strings, numbers as written (whole numbers without `.0`),
/// the cached value of formulas; gaps between cells become empty strings.
enum XLSXReader {
    /// Why a workbook could not be read: the part of the package concerned and the reason.
    struct Failure: Error, MessageConvertible, Equatable {
        /// Why the workbook could not be read.
        enum Reason: Equatable {
            /// The package has no worksheet at `path`.
            case noWorksheet
            /// The worksheet is not valid XML; the parser's words.
            case invalidXML(String)
        }

        /// The part of the package (`xl/worksheets/sheet1.xml`); nil when unknown.
        let path: String?
        let reason: Reason

        var message: Message {
            switch reason {
            case .noWorksheet: Message("xlsx.noWorksheet", ["path": path.map { .text($0) } ?? .message(Message("xlsx.aSheet"))])
            case .invalidXML(let detail): Message("xlsx.invalidXML", ["detail": "\(detail)"])
            }
        }
    }

    static func rows(_ bytes: [UInt8]) throws -> [[String]] {
        let files = try ZipArchive.unzip(bytes)
        let sheetPath = firstSheetPath(files)
        guard let sheet = files[sheetPath] else {
            throw Failure(path: sheetPath, reason: .noWorksheet)
        }
        let strings = files["xl/sharedStrings.xml"].map(sharedStrings) ?? []
        let parser = SheetParser(strings: strings)
        try parser.parse(sheet)
        var rows = parser.rows
        while let last = rows.last, last.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { rows.removeLast() }
        return rows
    }

    /// The path of the first sheet named in workbook.xml, through workbook.xml.rels.
    static func firstSheetPath(_ files: [String: [UInt8]]) -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let workbook = files["xl/workbook.xml"], let rels = files["xl/_rels/workbook.xml.rels"] else { return fallback }
        let sheets = ElementCollector(names: ["sheet"]).collect(workbook)
        guard let id = sheets.first.flatMap({ attributes in attributes.first { $0.key.hasSuffix("id") && $0.key != "sheetId" }?.value }) else {
            return fallback
        }
        guard let target = ElementCollector(names: ["Relationship"]).collect(rels).first(where: { $0["Id"] == id })?["Target"] else {
            return fallback
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// Each `<si>` of sharedStrings.xml as plain text; phonetic guides (`<rPh>`) are left out.
    static func sharedStrings(_ bytes: [UInt8]) -> [String] {
        let parser = TextCollector(item: "si")
        parser.parse(bytes)
        return parser.items
    }
}

/// Collects the attributes of every element with one of `names`.
private final class ElementCollector: NSObject, XMLParserDelegate {
    let names: Set<String>
    var found: [[String: String]] = []

    init(names: Set<String>) { self.names = names }

    func collect(_ bytes: [UInt8]) -> [[String: String]] {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        _ = parser.parse()
        return found
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if names.contains(Self.local(name)) { found.append(attributes) }
    }

    static func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }
}

/// The text of each `item` element: its `<t>` descendants joined, outside `<rPh>`.
private final class TextCollector: NSObject, XMLParserDelegate {
    let item: String
    var items: [String] = []
    private var current: String?
    private var inText = false
    private var inPhonetic = false

    init(item: String) { self.item = item }

    func parse(_ bytes: [UInt8]) {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        _ = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch ElementCollector.local(name) {
        case item: current = ""
        case "t": inText = true
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch ElementCollector.local(name) {
        case item:
            items.append(current ?? "")
            current = nil
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, !inPhonetic, current != nil { current! += string }
    }
}

/// Reads `<sheetData>` into dense rows.
private final class SheetParser: NSObject, XMLParserDelegate {
    let strings: [String]
    var rows: [[String]] = []
    private var row = -1
    private var column = -1
    private var type = ""
    private var value = ""
    private var inValue = false
    private var inInlineText = false
    private var inPhonetic = false
    private var failure: String?

    init(strings: [String]) { self.strings = strings }

    func parse(_ bytes: [UInt8]) throws {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        if !parser.parse(), rows.isEmpty {
            throw XLSXReader.Failure(path: nil, reason: .invalidXML(parser.parserError.map { "\($0)" } ?? "unknown error"))
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch ElementCollector.local(name) {
        case "row":
            row = attributes["r"].flatMap(Int.init).map { $0 - 1 } ?? row + 1
            column = -1
        case "c":
            column = attributes["r"].flatMap(Self.column) ?? column + 1
            type = attributes["t"] ?? "n"
            value = ""
        case "v": inValue = true
        case "t": inInlineText = type == "inlineStr"
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch ElementCollector.local(name) {
        case "v": inValue = false
        case "t": inInlineText = false
        case "rPh": inPhonetic = false
        case "c": store()
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue || inInlineText, !inPhonetic { value += string }
    }

    private func store() {
        guard row >= 0, column >= 0 else { return }
        let text: String
        switch type {
        case "s": text = Int(value.trimmingCharacters(in: .whitespaces)).flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
        case "b": text = value == "1" ? "TRUE" : "FALSE"
        case "n": text = Self.number(value)
        default: text = value
        }
        while rows.count <= row { rows.append([]) }
        while rows[row].count <= column { rows[row].append("") }
        rows[row][column] = text
    }

    /// `B12` → 1.
    static func column(_ reference: String) -> Int? {
        var index = 0, letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value) - 64
            letters += 1
        }
        return letters == 0 ? nil : index - 1
    }

    /// `3` → `3`, `3.0` → `3`, `1.38E+10` → `13800000000`; anything else as written.
    static func number(_ text: String) -> String {
        guard let double = Double(text), double.isFinite else { return text }
        if double == double.rounded(), abs(double) < 1e15 { return String(Int64(double)) }
        return text
    }
}
