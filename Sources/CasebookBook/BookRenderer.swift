import CasebookContent
import CasebookOutput
import CasebookPages
import CasebookTheme

/// Renders a `Book` to `book/index.html`: one print-ready document (cover, preface, contents,
/// outstanding regions, the cases, the indexes) styled by the theme's `book.css` for A4 paper.
/// In memory and without I/O, like the site's renderer.
package struct BookRenderer: ModelBuilder, Sendable {
    package let book: Book
    package let strings: [String: String]
    let assets: Assets
    let templates: Templates
    /// Whether the book is part of a built site, so it may link back to the site's home page.
    let inSite: Bool

    package init(book: Book, strings: [String: String], assets: Assets, templates: Templates, inSite: Bool) {
        self.book = book
        self.strings = strings
        self.assets = assets
        self.templates = templates
        self.inSite = inSite
    }

    package var site: Site { book.site }

    /// The book page from its rendered bodies. `pages` holds the printed page of each anchor, when
    /// known (see `BookPrinter`): the contents and the indexes then show page numbers.
    package func render(bodies: BookBodies, pages: [String: Int]) -> OutputFile {
        OutputFile(
            path: Routes.file(for: Routes.book),
            text: templates.render(
                Template.book.rawValue, TemplateEncoder.value(model(bodies: bodies, pages: pages)),
                globals: .object(["t": TemplateValue(strings: strings)])))
    }

    /// The book's model.
    package func model(bodies: BookBodies, pages: [String: Int]) -> BookPage {
        let numbers = PageNumbers(pages: pages)
        var sheets = BookSheets(runningTitle: title)
        let contentsSheet = sheets.name(for: t("book_contents"))
        var toc: [BookTocEntry] = []
        var preface: BookPreface?
        if let body = bodies.preface {
            preface = BookPreface(heading: t("book_preface"), body: body.html, sheet: sheets.name(for: t("book_preface")))
            toc.append(tocEntry("preface", t("book_preface"), numbers["preface"]))
        }
        var regions: BookRegions?
        if !book.regions.isEmpty {
            let years = regionYears(bodies: bodies, sheets: &sheets)
            // Like a part, the section shares the page of its first year.
            regions = BookRegions(heading: t("book_regions"), years: years, sheet: years.first?.sheet ?? "")
            toc.append(
                tocEntry(
                    "regions", t("book_regions"), numbers["regions"],
                    children: years.map {
                        tocEntry($0.id, $0.heading, numbers[$0.id])
                    }))
        }
        var parts: [BookPart] = []
        for part in book.parts {
            let (model, entry) = partModel(part, bodies: bodies, numbers: numbers, sheets: &sheets)
            parts.append(model)
            toc.append(entry)
        }
        let index = indexModel(numbers: numbers, sheets: &sheets)
        toc.append(tocEntry("index", t("book_index"), numbers["index"]))
        return BookPage(
            lang: language.rawValue, pageTitle: title, css: Routes.root(for: Routes.book) + assets["book.css"],
            numbered: !pages.isEmpty, contentsSheet: contentsSheet,
            siteHome: inSite ? Routes.root(for: Routes.book) + "index.html" : nil,
            description: site.config.description, bookCover: cover(), preface: preface, regions: regions,
            parts: parts, index: index, toc: toc, pageRules: sheets.css)
    }

    /// One year's cases, by group, and its lines in the contents.
    private func partModel(_ part: Book.Part, bodies: BookBodies, numbers: PageNumbers, sheets: inout BookSheets) -> (BookPart, BookTocEntry) {
        let heading = t("book_cases_year", ["year": String(part.year)])
        var groups: [BookGroup] = []
        var entries: [BookTocEntry] = []
        for group in part.groups {
            groups.append(
                BookGroup(
                    id: group.id, heading: group.title, sheet: sheets.name(for: heading + " · " + group.title),
                    cases: group.cases.map { caseModel($0, bodies: bodies) }))
            entries.append(
                tocEntry(
                    group.id, group.title, numbers[group.id],
                    children: group.cases.map { index in
                        tocEntry("case-" + site.cases[index].slug, site.cases[index].title, numbers["case-" + site.cases[index].slug])
                    }))
        }
        // The part shares the page of its first group, so its heading never stands alone.
        let model = BookPart(id: part.id, heading: heading, sheet: groups.first?.sheet ?? "", groups: groups)
        return (model, tocEntry(part.id, heading, numbers[part.id], children: entries))
    }

    /// The back-matter indexes: by unit, then by industry.
    private func indexModel(numbers: PageNumbers, sheets: inout BookSheets) -> BookIndex {
        let lists = [("index-units", t("book_index_units"), book.unitIndex), ("index-industries", t("book_index_industries"), book.industryIndex)]
        return BookIndex(
            heading: t("book_index"), sheet: sheets.name(for: t("book_index")),
            lists: lists.map { id, heading, entries in
                IndexList(
                    id: id, heading: heading,
                    entries: entries.map { entry in
                        IndexEntry(
                            label: entry.label,
                            cases: entry.cases.map { index in
                                let slug = site.cases[index].slug
                                return IndexCase(href: "#case-" + slug, title: site.cases[index].title, page: numbers["case-" + slug])
                            })
                    })
            })
    }

    /// The cover title: `book.title`, else the site title.
    package var title: String { book.settings.title ?? site.config.title }

    private func cover() -> BookCover {
        BookCover(
            kicker: t("home_kicker"),
            title: title,
            subtitle: book.settings.subtitle ?? t("book_subtitle"),
            counts: t("book_counts", ["cases": String(book.cases.count), "regions": String(book.regions.count)]),
            years: Self.yearsLabel(book.years).map { t("book_years", ["years": $0]) },
            publisher: book.settings.publisher ?? site.config.copyright)
    }

    /// `2023`, `2022—2023` for consecutive years, `2021、2023` otherwise; nil for none.
    static func yearsLabel(_ years: [Int]) -> String? {
        guard let first = years.first, let last = years.last else { return nil }
        if first == last { return String(first) }
        if last - first == years.count - 1 { return "\(first)—\(last)" }
        return years.map(String.init).joined(separator: "、")
    }

    /// The printed page of each anchor, as text; empty when unknown.
    struct PageNumbers {
        let pages: [String: Int]
        subscript(id: String) -> String { pages[id].map(String.init) ?? "" }
    }

    /// One line of the contents.
    private func tocEntry(_ id: String, _ text: String, _ page: String, children: [BookTocEntry] = []) -> BookTocEntry {
        BookTocEntry(href: "#" + id, text: text, page: page, children: children, hasChildren: !children.isEmpty)
    }
}
