import CasebookPages
import CasebookTheme
import Foundation

/// What the pages need of each case, made on first use and kept for the build: its card, its
/// related cases, and its rendered `case-card` partial per root prefix. A case appears on a
/// dozen list, taxonomy, unit and related-case pages; rendering its card once per page depth
/// instead of once per page is the largest single saving on a big site. A rebuild that keeps
/// most pages from their inputs (`PageInputs`) never makes most of it.
final class CardCache: @unchecked Sendable {
    // @unchecked: every access to the tables holds `lock`.
    private let lock = NSLock()
    private var cards: [Int: (card: CaseCard, value: TemplateValue)] = [:]
    private var related: [Int: [Int]] = [:]
    private var rendered: [String: [Int: String]] = [:]

    /// The card of case `index` and its value for the template engine, made by `make` on first use.
    func card(_ index: Int, make: () -> CaseCard) -> (card: CaseCard, value: TemplateValue) {
        if let cached = lock.withLock({ cards[index] }) { return cached }
        let card = make()
        let made = (card, TemplateEncoder.value(card))
        lock.withLock { cards[index] = made }
        return made
    }

    /// The related cases of case `index`, found by `find` on first use.
    func related(_ index: Int, find: () -> [Int]) -> [Int] {
        if let cached = lock.withLock({ related[index] }) { return cached }
        let found = find()
        lock.withLock { related[index] = found }
        return found
    }

    /// The card of case `index` with links prefixed by `root`, rendered by `render` on first use.
    func html(_ index: Int, root: String, render: () -> String) -> String {
        if let cached = lock.withLock({ rendered[root]?[index] }) { return cached }
        let html = render()
        lock.withLock { rendered[root, default: [:]][index] = html }
        return html
    }
}
