extension Mustache {
    /// Renders compiled templates into one growing byte buffer. A value made per render call, so
    /// concurrent renders share nothing mutable.
    struct Renderer {
        private let templates: [String: [Node]]
        private var stack: [Frame]
        /// The rendered UTF-8 text.
        private(set) var output: [UInt8] = []

        init(templates: [String: [Node]], context: [String: Any], capacity: Int) {
            self.templates = templates
            stack = [.dictionary(context)]
            stack.reserveCapacity(8)
            output.reserveCapacity(capacity)
        }

        /// Renders `nodes`. With an `indentation` (inside a standalone partial or block), every line
        /// after the first that gets output is indented: swift-mustache checks this before each
        /// node, so a node's own line breaks (a multi-line value) are not indented.
        mutating func render(_ nodes: [Node], indentation: [UInt8] = [], overrides: [String: [Node]]? = nil) {
            guard !indentation.isEmpty else {
                for node in nodes { render(node, indentation, overrides) }
                return
            }
            let start = output.count
            for node in nodes {
                guard atLineStart(after: start) else {
                    render(node, indentation, overrides)
                    continue
                }
                output.append(contentsOf: indentation)
                let mark = output.count
                render(node, indentation, overrides)
                if output.count == mark { output.removeLast(indentation.count) }
            }
        }

        /// Whether the output since `start` ends with a line feed, which swift-mustache tested as the
        /// last `Character` being "\n": a "\r\n" is one `Character`, so it does not count.
        private func atLineStart(after start: Int) -> Bool {
            let count = output.count
            guard count > start, output[count - 1] == UInt8(ascii: "\n") else { return false }
            return count - 2 < start || output[count - 2] != UInt8(ascii: "\r")
        }

        private mutating func render(_ node: Node, _ indentation: [UInt8], _ overrides: [String: [Node]]?) {
            switch node {
            case .text(let bytes):
                output.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                if let value = lookup(name) { append(value, escaped: escaped) }
            case .section(let name, let nodes, let inverted):
                section(lookup(name), nodes, inverted: inverted, indentation, overrides)
            case .partial(let name, let indent, let newOverrides):
                guard let nodes = templates[name] else { return }
                // The outermost override of a block wins, as the spec and swift-mustache have it.
                let merged = newOverrides.map { overrides?.merging($0) { outer, _ in outer } ?? $0 } ?? overrides
                render(nodes, indentation: indentation + indent, overrides: merged)
            case .block(let name, let defaultNodes, let indent):
                render(overrides?[name] ?? defaultNodes, indentation: indentation + indent, overrides: overrides)
            }
        }

        /// Renders a section's nodes for `value`: never for a missing name or false, once for true
        /// (in the same context), once per element of a list, and once in the value's context for
        /// anything else — including 0 and "" as swift-mustache does. Inverted, exactly when that
        /// renders nothing.
        ///
        /// A name that is present with a nil value (an optional stored as `Any`, such as a page's
        /// `pagination` when there is one page) counts as present, as in swift-mustache: the
        /// section renders once, with nothing to look up in that context. The golden site records it.
        private mutating func section(_ value: Any?, _ nodes: [Node], inverted: Bool, _ indentation: [UInt8], _ overrides: [String: [Node]]?) {
            guard let value else {
                if inverted { render(nodes, indentation: indentation, overrides: overrides) }
                return
            }
            let type = type(of: value)
            if type == Bool.self {
                if value as! Bool != inverted { render(nodes, indentation: indentation, overrides: overrides) }
                return
            }
            if type == [[String: Any]].self {
                return each(value as! [[String: Any]], Frame.dictionary, nodes, inverted, indentation, overrides)
            }
            if type == [[String: String]].self {
                return each(value as! [[String: String]], Frame.strings, nodes, inverted, indentation, overrides)
            }
            if type == [String].self {
                return each(value as! [String], Frame.scalar, nodes, inverted, indentation, overrides)
            }
            let common = type == [String: Any].self || type == String.self || type == Int.self || type == [String: String].self
            if !common, let optional = value as? any OptionalValue, let wrapped = optional.wrapped {
                return section(wrapped, nodes, inverted: inverted, indentation, overrides)
            }
            if !common, let list = value as? [Any] {
                return each(list, Frame.init, nodes, inverted, indentation, overrides)
            }
            guard !inverted else { return }
            stack.append(Frame(value))
            render(nodes, indentation: indentation, overrides: overrides)
            stack.removeLast()
        }

        private mutating func each<Element>(_ list: [Element], _ frame: (Element) -> Frame, _ nodes: [Node], _ inverted: Bool,
                                            _ indentation: [UInt8], _ overrides: [String: [Node]]?) {
            if inverted {
                guard list.isEmpty else { return }
                stack.append(.scalar(list))
                render(nodes, indentation: indentation, overrides: overrides)
                stack.removeLast()
                return
            }
            for element in list {
                stack.append(frame(element))
                render(nodes, indentation: indentation, overrides: overrides)
                stack.removeLast()
            }
        }

        /// The value `name` stands for: the innermost context holding its first part, then the
        /// other parts inside that value (no further search up the stack when they are missing).
        private func lookup(_ name: Name) -> Any? {
            let top = stack.count - 1
            guard let first = name.parts.first else { return stack[top].value }
            var found: Any?
            if name.anchored {
                found = stack[top].child(first)
            } else {
                for index in stride(from: top, through: 0, by: -1) {
                    if let value = stack[index].child(first) {
                        found = value
                        break
                    }
                }
            }
            guard var value = found else { return nil }
            for part in name.parts.dropFirst() {
                guard let child = Frame(value).child(part) else { return nil }
                value = child
            }
            return value
        }

        /// Appends a variable's value; nil renders nothing, other values as `String(describing:)`.
        private mutating func append(_ value: Any, escaped: Bool) {
            let type = type(of: value)
            let text: String
            if type == String.self {
                text = value as! String
            } else if type == Int.self {
                text = String(value as! Int)
            } else if let optional = value as? any OptionalValue {
                if let wrapped = optional.wrapped { append(wrapped, escaped: escaped) }
                return
            } else {
                text = String(describing: value)
            }
            if escaped {
                HTMLEscape.append(text, to: &output)
            } else {
                HTMLEscape.appendRaw(text, to: &output)
            }
        }
    }
}
