import CasebookSupport

extension Mustache {
    /// Renders compiled templates into one growing byte buffer. A value made per render call, so
    /// concurrent renders share nothing mutable.
    struct Renderer {
        private let templates: [String: [Node]]
        /// The contexts, outermost first: the page's globals (its strings), the page, then each section's value.
        private var stack: [TemplateValue]
        /// The rendered UTF-8 text.
        private(set) var output: [UInt8] = []

        init(templates: [String: [Node]], context: TemplateValue, globals: TemplateValue?, capacity: Int) {
            self.templates = templates
            stack = globals.map { [$0, context] } ?? [context]
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

        /// Renders a section's nodes for `value`: never when it is missing, absent, false, "" or an
        /// empty list; once per element of a list, pushing it; once for true, in the same context;
        /// once with the value pushed for anything else (an object, a number, a non-empty text).
        /// Inverted, exactly when that renders nothing.
        private mutating func section(_ value: TemplateValue?, _ nodes: [Node], inverted: Bool, _ indentation: [UInt8], _ overrides: [String: [Node]]?) {
            guard let value, value.isTruthy else {
                if inverted { render(nodes, indentation: indentation, overrides: overrides) }
                return
            }
            guard !inverted else { return }
            switch value {
            case .flag:
                render(nodes, indentation: indentation, overrides: overrides)
            case .list(let list):
                for element in list {
                    stack.append(element)
                    render(nodes, indentation: indentation, overrides: overrides)
                    stack.removeLast()
                }
            default:
                stack.append(value)
                render(nodes, indentation: indentation, overrides: overrides)
                stack.removeLast()
            }
        }

        /// The value `name` stands for: the innermost context that declares its first part, then the
        /// other parts inside that value (no further search up the stack when they are missing). A
        /// name declared without a value (`absent`) is found, and ends the search.
        private func lookup(_ name: Name) -> TemplateValue? {
            let top = stack.count - 1
            guard let first = name.parts.first else { return stack[top] }
            var found: TemplateValue?
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
                guard let child = value.child(part) else { return nil }
                value = child
            }
            return value
        }

        /// Appends a variable's value: texts and numbers as they are, flags as `true`/`false`,
        /// nothing for an absent value, a list or an object.
        private mutating func append(_ value: TemplateValue, escaped: Bool) {
            let text: String
            switch value {
            case .text(let value): text = value
            case .number(let number): text = String(number)
            case .flag(let flag): text = flag ? "true" : "false"
            case .absent, .list, .object: return
            }
            if escaped {
                HTMLEscape.append(text, to: &output)
            } else {
                HTMLEscape.appendRaw(text, to: &output)
            }
        }
    }
}
