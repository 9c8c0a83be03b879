import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The few S3 XML answers deploy reads (ListBucketResult, DeleteResult, Error), flattened to the
/// text of each element with its parent's name, which is all these shallow documents need.
struct S3XML {
    /// Element name, its text, and the index of the enclosing record (`Contents`, `Error`, `Deleted`).
    private(set) var elements: [(name: String, text: String, record: Int)] = []

    init(_ data: Data) {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = true
        _ = parser.parse()
        elements = delegate.elements
    }

    /// The text of the first element named `name`.
    func first(_ name: String) -> String? { elements.first { $0.name == name }?.text }

    /// For each record element named `record`, its children's texts by name.
    func records(_ record: String) -> [[String: String]] {
        var grouped: [Int: [String: String]] = [:]
        var order: [Int] = []
        for element in elements where element.record >= 0 {
            if grouped[element.record] == nil { order.append(element.record) }
            grouped[element.record, default: [:]][element.name] = element.text
        }
        return order.compactMap { index in grouped[index].flatMap { $0["__record"] == record ? $0 : nil } }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, text: String, record: Int)] = []
        private var stack: [String] = []
        private var text = ""
        private var recordIndex = -1
        private var recordCount = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append(name)
            text = ""
            if stack.count == 2 {
                recordIndex = recordCount
                recordCount += 1
                elements.append(("__record", name, recordIndex))
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if stack.count >= 2 { elements.append((name, text, stack.count == 2 ? -1 : recordIndex)) } else { elements.append((name, text, -1)) }
            if stack.count == 2 { recordIndex = -1 }
            stack.removeLast()
            text = ""
        }
    }
}
