/// The running headers of the printed book, as CSS named pages: each part of the book is placed on
/// pages of its own name (`page: bk-3`), and `@page bk-3` puts that part's title in the top margin.
///
/// CSS has a direct way — `string-set` on headings and `string()` in the margin box — but Chromium
/// does not implement it, while it does print named pages with margin boxes. book.css keeps the
/// `string-set` rules for engines that have them; these rules give the same header everywhere.
struct BookSheets: Sendable {
    /// The book title, shown in the top left margin of every page but the cover.
    let runningTitle: String
    private var names: [String: String] = [:]
    private var headers: [(name: String, header: String)] = []

    init(runningTitle: String) { self.runningTitle = runningTitle }

    /// The page name for pages headed `header`; the same header always gets the same name.
    mutating func name(for header: String) -> String {
        if let name = names[header] { return name }
        let name = "bk-\(headers.count + 1)"
        names[header] = name
        headers.append((name, header))
        return name
    }

    /// The rules for a `<style>` element: the running title, then each name's class and header.
    var css: String {
        var lines = ["@page { @top-left { content: \(Self.string(runningTitle)); } }"]
        for (name, header) in headers {
            lines.append(".\(name) { page: \(name); }")
            lines.append("@page \(name) { @top-right { content: \(Self.string(header)); } }")
        }
        return lines.joined(separator: "\n")
    }

    /// A CSS string literal safe inside an HTML `<style>` element: quotes and backslashes are
    /// escaped, control characters written as hex escapes, and `<` too, so no `</style>` can occur.
    static func string(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "<": literal += "\\3c "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: literal += "\\" + String(scalar.value, radix: 16) + " "
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }
}
