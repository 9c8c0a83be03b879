/// How many menu items fit the one-row header at 1024 px; the rest go behind 「更多」 there. The
/// header's row is the site's short title, the menu and the search box; the estimate uses the
/// theme's sizes at 1024 px (title 17 px, menu 16 px with 24 px padding, search 12rem), full
/// width for CJK characters and about half for ASCII, as `BarChartSVG.textWidth` does.
package enum HeaderMenu {
    /// The content width of the header at 1024 px (the page's 1.5rem side padding taken off).
    package static let row = 976.0
    /// The search box, the emblem and the gaps between the three parts.
    package static let fixed = 192.0 + 52 + 40
    /// A title longer than this wraps onto a second line (between words) rather than narrowing the menu.
    static let titleLimit = 16.0
    /// The 「更多」 control itself.
    static let moreItem = 2 * 16.0 + 24 + 18

    /// The number of `labels` shown in the row beside `title`; all of them when they fit, else as
    /// many as fit beside 「更多」, and always at least the first one.
    package static func shownCount(title: String, labels: [String]) -> Int {
        let room = row - fixed - min(titleLimit, ems(title)) * 17
        let widths = labels.map { ems($0) * 16 + 24 }
        if widths.reduce(0, +) <= room { return labels.count }
        var used = moreItem
        var count = 0
        for width in widths {
            guard used + width <= room else { break }
            used += width
            count += 1
        }
        return max(1, count)
    }

    /// The width of `text` in ems.
    static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? ($1 == " " ? 0.3 : 0.55) : 1) }
    }
}
