import CasebookContent
import CasebookMarkdown
import CasebookPages
import CasebookSupport

/// Nothing is dropped silently: raw HTML in a published body is left out of the page unless
/// `markdown.unsafe` allows it, so each piece is reported where it is written.
package enum RawHTMLRule {
    package static func check(site: Site, bodies: RenderedBodies) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (entry, document) in zip(site.cases, bodies.cases) { found += check(document, file: entry.file, bodyFirstLine: entry.bodyFirstLine) }
        for (region, document) in zip(site.regions, bodies.regions) { found += check(document, file: region.file, bodyFirstLine: region.bodyFirstLine) }
        for (page, document) in zip(site.pages, bodies.pages) { found += check(document, file: page.file, bodyFirstLine: page.bodyFirstLine) }
        return found
    }

    private static func check(_ document: MarkdownDocument, file: String, bodyFirstLine: Int) -> [Diagnostic] {
        document.droppedHTML.map { html in
            let location =
                file.hasSuffix(".json")
                ? SourceLocation(line: bodyFirstLine, column: 0)
                : SourceLocation(line: bodyFirstLine + html.line - 1, column: html.column)
            let shown = FieldReader.shorten(html.destination.trimmingWhitespace())
            let block = html.destination.contains("\n")
            return Diagnostic(
                .warning, "CB0154", Message(block ? "html.leftBlock" : "html.left", ["html": "\(shown)"]), file: file, at: location,
                hint: Message("html.left.hint"))
        }
    }
}
