import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `word/_rels/document.xml.rels`: where each relationship id of the document points.
struct DocxRelationships: Sendable {
    /// A relationship's target inside the package, or why it has none.
    enum Target: Sendable, Equatable {
        case part(String)
        case external
        case outside(String)
    }

    private var targets: [String: Target] = [:]

    init(_ bytes: [UInt8]?) {
        guard let bytes else { return }
        let collector = RelationshipCollector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        _ = parser.parse()
        for (id, target, mode) in collector.found {
            if mode == "External" {
                targets[id] = .external
            } else if let path = Self.resolve(target) {
                targets[id] = .part(path)
            } else {
                targets[id] = .outside(target)
            }
        }
    }

    /// The target of relationship `id`.
    subscript(id: String) -> Target? { targets[id] }

    /// `media/image1.png` → `word/media/image1.png`; `/word/x.png` → `word/x.png`; nil when the path leaves the package.
    static func resolve(_ target: String) -> String? {
        guard !target.contains(":"), !target.contains("\\") else { return nil }
        var parts: [Substring] = target.hasPrefix("/") ? [] : ["word"]
        for part in target.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}

private final class RelationshipCollector: NSObject, XMLParserDelegate {
    var found: [(String, String, String?)] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard DocxBodyParser.local(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        found.append((id, target, attributes["TargetMode"]))
    }
}
