import CCmarkGFM

/// cmark-gfm's own output, with the extensions and options Casebook parses and renders with but none of its
/// corrections: the yardstick the GFM spec test and the Markdown property test hold Casebook's output against.
package enum CMarkReference {
    /// cmark-gfm's HTML for `markdown`; raw HTML passes through when `unsafeHTML`, else cmark's placeholder.
    static func html(_ markdown: String, unsafeHTML: Bool = false) -> String {
        withDocument(markdown) { Runtime.shared.render($0, unsafeHTML: unsafeHTML, markers: nil) } ?? ""
    }

    /// The raw HTML blocks and inlines of `markdown` in document order, as written: what Casebook drops.
    static func rawHTML(_ markdown: String) -> [String] {
        withDocument(markdown) { document in
            var found: [String] = []
            let iterator = cmark_iter_new(document)
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE, let literal = cmark_node_get_literal(node) {
                    found.append(String(cString: literal))
                }
            }
            cmark_iter_free(iterator)
            return found
        } ?? []
    }

    private static func withDocument<T>(_ markdown: String, _ body: (OpaquePointer) -> T) -> T? {
        let bytes = Array(markdown.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ Runtime.shared.parse($0) }) else { return nil }
        defer { cmark_node_free(document) }
        return body(document)
    }
}
